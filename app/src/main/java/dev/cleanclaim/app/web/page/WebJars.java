package dev.cleanclaim.app.web.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of a webjar on the class path, read from its Maven properties, so pages link the file that is there. */
final class WebJars {

    private WebJars() {
    }

    static String version(String artifactId) {
        String resource = "/META-INF/maven/org.webjars.npm/" + artifactId + "/pom.properties";
        try (InputStream in = WebJars.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the " + artifactId + " webjar is not on the class path (" + resource + ")");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

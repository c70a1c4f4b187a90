package dev.cleanclaim.app.cli;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven wrote into the jar, so --version never disagrees with the build. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream stream = VersionProvider.class.getResourceAsStream("/dev/cleanclaim/app/version.properties")) {
            if (stream != null) {
                properties.load(stream);
            }
        }
        return new String[] {"cleanclaim " + properties.getProperty("version", "(development build)")};
    }
}

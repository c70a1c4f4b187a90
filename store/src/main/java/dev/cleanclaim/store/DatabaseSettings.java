package dev.cleanclaim.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where the workspace lives: a JDBC URL and its credentials. The embedded default is an H2 file database under
 * ./data; PostgreSQL is chosen with a jdbc:postgresql:// URL, its user and password taken from the environment
 * (CLEANCLAIM_DB_USER, CLEANCLAIM_DB_PASSWORD) so they never sit on a command line.
 */
public record DatabaseSettings(String url, String user, String password) {

    /** H2 in PostgreSQL mode with lower-case names and PostgreSQL's null ordering: one schema runs on both. */
    static final String H2_MODE = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--db must be a jdbc:h2: or jdbc:postgresql: URL, got \"" + url + "\"");
        }
    }

    /**
     * The H2 file under the folder. AUTO_SERVER lets a second process (cleanclaim import 835 while cleanclaim serve
     * runs) reach the file through the first instead of failing on its lock.
     */
    public static DatabaseSettings embedded(Path dataFolder) {
        return new DatabaseSettings("jdbc:h2:file:" + dataFolder.toAbsolutePath().resolve("cleanclaim") + H2_MODE
                + ";AUTO_SERVER=TRUE", "sa", "");
    }

    public static DatabaseSettings inMemory(String name) {
        return new DatabaseSettings("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + H2_MODE, "sa", "");
    }

    public static DatabaseSettings fromUrl(String url, Map<String, String> environment) {
        if (url.startsWith("jdbc:h2:")) {
            return new DatabaseSettings(url.contains("MODE=") ? url : url + H2_MODE, "sa", "");
        }
        return new DatabaseSettings(url, environment.getOrDefault("CLEANCLAIM_DB_USER", "cleanclaim"),
                environment.getOrDefault("CLEANCLAIM_DB_PASSWORD", ""));
    }

    boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + url + ", user " + user + "]";
    }
}

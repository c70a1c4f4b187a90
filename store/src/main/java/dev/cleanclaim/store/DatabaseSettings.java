package dev.cleanclaim.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the workspace lives: a JDBC URL and its credentials. The embedded default is an H2 file database under
 * ./data; PostgreSQL is chosen with a jdbc:postgresql:// URL, its user and password taken from the environment
 * (CLEANCLAIM_DB_USER, CLEANCLAIM_DB_PASSWORD) so they never sit on a command line.
 *
 * @param folder the data folder of the embedded database, whose files are kept owner-only and whose password file
 *               (see {@link EmbeddedPassword}) gives the credentials; empty for any other database
 */
public record DatabaseSettings(String url, String user, String password, Optional<Path> folder) {

    /** H2 in PostgreSQL mode with lower-case names and PostgreSQL's null ordering: one schema runs on both. */
    static final String H2_MODE = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    /**
     * What every H2 database cleanclaim opens is told. WRITE_DELAY=0: H2 otherwise writes committed transactions to
     * its file up to half a second later, so a killed server lost writes it had answered. TRACE_LEVEL_FILE=0: H2's
     * trace file would keep the values of every statement that failed, patient data among them.
     */
    static final String H2_SAFETY = ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(folder, "folder");
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--db must be a jdbc:h2: or jdbc:postgresql: URL, got \"" + url + "\"");
        }
    }

    public DatabaseSettings(String url, String user, String password) {
        this(url, user, password, Optional.empty());
    }

    /**
     * The H2 file under the folder, opened by this process alone: no AUTO_SERVER, so no database port is ever opened,
     * and a second process finds the file locked (see {@link DatabaseInUse}). Its password is the folder's own
     * (set on the first open, see {@link EmbeddedPassword}), not H2's empty default.
     */
    public static DatabaseSettings embedded(Path dataFolder) {
        Path folder = dataFolder.toAbsolutePath();
        return new DatabaseSettings("jdbc:h2:file:" + folder.resolve("cleanclaim") + H2_MODE + H2_SAFETY,
                EmbeddedPassword.USER, "", Optional.of(folder));
    }

    public static DatabaseSettings inMemory(String name) {
        return new DatabaseSettings("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + H2_MODE + H2_SAFETY, "sa", "");
    }

    public static DatabaseSettings fromUrl(String url, Map<String, String> environment) {
        if (url.startsWith("jdbc:h2:")) {
            String withMode = url.contains("MODE=") ? url : url + H2_MODE;
            return new DatabaseSettings(withSafety(withMode), "sa", "");
        }
        return new DatabaseSettings(url, environment.getOrDefault("CLEANCLAIM_DB_USER", "cleanclaim"),
                environment.getOrDefault("CLEANCLAIM_DB_PASSWORD", ""));
    }

    /** A URL given with --db keeps what it says, and gets the durable, trace-free settings it does not name. */
    private static String withSafety(String url) {
        String upper = url.toUpperCase(java.util.Locale.ROOT);
        StringBuilder added = new StringBuilder(url);
        if (!upper.contains(";WRITE_DELAY=")) {
            added.append(";WRITE_DELAY=0");
        }
        if (!upper.contains(";TRACE_LEVEL_FILE=")) {
            added.append(";TRACE_LEVEL_FILE=0");
        }
        return added.toString();
    }

    boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** An H2 database kept in a file (not in memory), whose commits must reach the disk before they are answered. */
    boolean isH2File() {
        return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + url + ", user " + user + "]";
    }
}

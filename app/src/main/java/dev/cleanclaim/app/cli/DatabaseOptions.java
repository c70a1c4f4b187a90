package dev.cleanclaim.app.cli;

import dev.cleanclaim.store.DatabaseSettings;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** --db and --data: which workspace database a command opens (the embedded H2 under ./data unless told). */
final class DatabaseOptions {

    @Option(names = "--db", paramLabel = "JDBC-URL",
            description = "jdbc:postgresql://host/db (user and password from CLEANCLAIM_DB_USER and CLEANCLAIM_DB_PASSWORD), or a jdbc:h2: URL.")
    private String databaseUrl;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Folder of the embedded H2 database when --db is not given (default ./${DEFAULT-VALUE}).")
    private Path dataFolder;

    /** The folder of the embedded database, where a new workspace also writes its one-time set-up code. */
    Path dataFolder() {
        return dataFolder;
    }

    DatabaseSettings settings() {
        return databaseUrl == null ? DatabaseSettings.embedded(dataFolder) : DatabaseSettings.fromUrl(databaseUrl, System.getenv());
    }
}

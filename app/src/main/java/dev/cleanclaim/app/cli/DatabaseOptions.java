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

    /** The option that names the database, as messages quote it: "--db URL" or "--data DIR". */
    String named() {
        return databaseUrl == null ? "--data " + dataFolder : "--db " + databaseUrl;
    }

    /** The database of a command that may start a workspace (serve, practice import): a missing folder is made. */
    DatabaseSettings settings() {
        if (databaseUrl != null) {
            return fromUrl();
        }
        DataFolder.prepare(dataFolder);
        return DatabaseSettings.embedded(dataFolder);
    }

    /**
     * The database of a command that needs a workspace already (practice export, import 835): a --data folder
     * without one is refused before H2 would create an empty database there.
     */
    DatabaseSettings existingSettings() {
        if (databaseUrl != null) {
            return fromUrl();
        }
        DataFolder.requireWorkspace(dataFolder);
        return DatabaseSettings.embedded(dataFolder);
    }

    private DatabaseSettings fromUrl() {
        try {
            return DatabaseSettings.fromUrl(databaseUrl, System.getenv());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}

package dev.cleanclaim.app.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The folder of the embedded database. It holds patient data and the practice's tax id, so a folder cleanclaim
 * makes is readable by its owner only from the start; one the user made is made so when the database opens
 * (OwnerOnly, with every file in it).
 */
final class DataFolder {

    /** The file H2 keeps a database named "cleanclaim" in (see DatabaseSettings.embedded). */
    private static final String DATABASE_FILE = "cleanclaim.mv.db";

    private DataFolder() {
    }

    /** Makes the folder (owner-only) unless it exists; refuses a path that is something else than a folder. */
    static void prepare(Path folder) {
        requireFolderIfPresent(folder);
        if (Files.isDirectory(folder)) {
            return;
        }
        try {
            Path absolute = folder.toAbsolutePath();
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
            if (absolute.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectory(absolute);
            }
        } catch (FileAlreadyExistsException raced) {
            // Another cleanclaim made it between our look and our write: theirs is as good as ours.
            requireFolderIfPresent(folder);
        } catch (IOException e) {
            throw new UsageException("--data " + folder + ": cannot make the folder: " + e.getMessage());
        }
    }

    /** Refuses a folder without a workspace database, and creates nothing: a read must not leave an empty one behind. */
    static void requireWorkspace(Path folder) {
        requireFolderIfPresent(folder);
        if (!Files.isRegularFile(folder.resolve(DATABASE_FILE))) {
            throw new UsageException("--data " + folder + ": no workspace in " + folder.toAbsolutePath()
                    + ": set one up with cleanclaim practice import FILE or cleanclaim serve, or name another with --data or --db");
        }
    }

    private static void requireFolderIfPresent(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UsageException("--data " + folder + ": not a folder");
        }
    }
}

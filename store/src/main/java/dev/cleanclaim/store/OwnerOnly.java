package dev.cleanclaim.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps the embedded database's folder readable by its owner only (0700, its files 0600): it holds patients' names,
 * birth dates and insurance. H2 makes its files with the process's umask, so they are tightened after each open, and
 * a folder made by an older cleanclaim is tightened at the next start. A file system without POSIX permissions
 * (Windows) is left as it is: its access lists are the user's to set.
 */
public final class OwnerOnly {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** True where the file system has POSIX permissions to set. */
    public static boolean supported(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /**
     * Makes the folder (and its parents) when missing, the folder itself 0700 from the start: the database password
     * file is written into it before the database makes it.
     */
    public static void ensureFolder(Path folder) {
        if (Files.isDirectory(folder)) {
            return;
        }
        try {
            if (folder.getParent() != null) {
                Files.createDirectories(folder.getParent());
            }
            if (supported(folder.getParent() == null ? folder : folder.getParent())) {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(FOLDER));
            } else {
                Files.createDirectory(folder);
            }
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            // made meanwhile by another opener: fine, tighten() sets its mode
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the data folder " + folder, e);
        }
    }

    /** The folder 0700 and every file directly in it 0600; a missing folder is left missing. */
    public static void tighten(Path folder) {
        if (!supported(folder) || !Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(folder, FOLDER);
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.setPosixFilePermissions(file, FILE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + folder + " readable by its owner only", e);
        }
    }
}

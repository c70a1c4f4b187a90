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
     * The folder, made (owner-only) when it is missing, as H2 would make it for its file; the password file goes in it
     * before H2 ever opens the database.
     */
    public static void make(Path folder) {
        if (Files.isDirectory(folder)) {
            return;
        }
        try {
            if (supported(folder.toAbsolutePath().getRoot())) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
            } else {
                Files.createDirectories(folder);
            }
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

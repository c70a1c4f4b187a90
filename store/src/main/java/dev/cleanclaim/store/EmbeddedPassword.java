package dev.cleanclaim.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * The embedded database's own password, kept in an owner-only file beside it, so that the database file alone (a
 * copy, a backup) cannot be opened as H2's empty-password default. A new database is made with it; a database made
 * before it existed (user sa, empty password) is given it at its first open.
 */
final class EmbeddedPassword {

    static final String USER = "sa";
    static final String FILE_NAME = "database-password";

    /** H2's error codes: the database file is locked by another process; the user or password is wrong. */
    private static final int DATABASE_ALREADY_OPEN = 90020;
    private static final int WRONG_USER_OR_PASSWORD = 28000;

    private EmbeddedPassword() {
    }

    /**
     * The settings to open the folder's database with: its password read (or made and written), the database
     * given that password if it still had the empty one; refuses a database another process holds.
     */
    static DatabaseSettings settle(DatabaseSettings settings, Path folder) {
        String password = readOrMake(folder.resolve(FILE_NAME));
        DatabaseSettings withPassword = new DatabaseSettings(settings.url(), settings.user(), password, settings.folder());
        try (Connection ignored = DriverManager.getConnection(settings.url(), settings.user(), password)) {
            return withPassword;
        } catch (SQLException e) {
            if (e.getErrorCode() == DATABASE_ALREADY_OPEN) {
                throw new DatabaseInUse(folder);
            }
            if (e.getErrorCode() != WRONG_USER_OR_PASSWORD) {
                throw new IllegalStateException("cannot open the database in " + folder + " (H2 error " + e.getErrorCode() + ")");
            }
        }
        adopt(settings, folder, password);
        return withPassword;
    }

    static boolean isInUse(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == DATABASE_ALREADY_OPEN) {
                return true;
            }
        }
        return false;
    }

    /** A database of an older cleanclaim: opened once with H2's default credentials and given its password. */
    private static void adopt(DatabaseSettings settings, Path folder, String password) {
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), "");
             Statement statement = connection.createStatement()) {
            // The password is hex made here, so it can be written into the statement as it is.
            statement.execute("ALTER USER " + USER + " SET PASSWORD '" + password + "'");
        } catch (SQLException e) {
            if (e.getErrorCode() == DATABASE_ALREADY_OPEN) {
                throw new DatabaseInUse(folder);
            }
            throw new IllegalStateException("cannot open the database in " + folder + ": its password is not the one in "
                    + folder.resolve(FILE_NAME) + " (H2 error " + e.getErrorCode() + ")");
        }
    }

    private static String readOrMake(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!stored.isEmpty()) {
                    return stored;
                }
            }
            byte[] bytes = new byte[24];
            new SecureRandom().nextBytes(bytes);
            String password = HexFormat.of().formatHex(bytes);
            write(file, password);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the database password file " + file, e);
        }
    }

    /** Written whole to a new owner-only file, then moved into place: a crash never leaves half a password. */
    private static void write(Path file, String password) throws IOException {
        Path fresh = file.resolveSibling(FILE_NAME + ".new");
        Files.deleteIfExists(fresh);
        if (OwnerOnly.supported(file)) {
            Files.createFile(fresh, PosixFilePermissions.asFileAttribute(OwnerOnly.FILE));
        } else {
            Files.createFile(fresh);
        }
        Files.writeString(fresh, password + "\n", StandardCharsets.UTF_8);
        // On the disk before the database is made with it: after a power loss the file must still open the database.
        try (FileChannel channel = FileChannel.open(fresh, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        try {
            Files.move(fresh, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

package dev.cleanclaim.app.cli;

import dev.cleanclaim.app.security.InitialUsers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where the passwords made up at a first start go. Standard output is often a log (systemd, docker, a CI job), and
 * a password in a log is a password anyone reading logs has; so they are printed only when standard output is a
 * person's terminal, and otherwise written once to a file in the data folder that only the server's owner may read.
 */
final class FirstPasswords {

    static final String FILE = "first-passwords.txt";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private FirstPasswords() {
    }

    /** Where the made-up passwords went: to the terminal, to a file, or nowhere (none was made up). */
    sealed interface Delivery {
        record ToTerminal() implements Delivery {
        }

        record ToFile(Path file) implements Delivery {
        }

        record NoneMadeUp() implements Delivery {
        }
    }

    /**
     * @param terminal standard output is a terminal ({@code System.console() != null}): print them there
     */
    static Delivery deliver(List<InitialUsers.Credential> created, Path dataFolder, boolean terminal) {
        if (created.stream().noneMatch(user -> user.shownOnce().isPresent())) {
            return new Delivery.NoneMadeUp();
        }
        if (terminal) {
            return new Delivery.ToTerminal();
        }
        Path file = dataFolder.resolve(FILE).toAbsolutePath();
        List<String> lines = new ArrayList<>();
        lines.add("# cleanclaim: the users made at the first start and their passwords. Only hashes are kept in the");
        lines.add("# workspace; sign in, change each password (Account), then delete this file. Admins and billers set up");
        lines.add("# an authenticator app (two-step sign-in) at their first sign-in.");
        created.stream().filter(user -> user.shownOnce().isPresent()).forEach(user -> lines.add(user.describe()));
        try {
            Files.createDirectories(file.getParent());
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.deleteIfExists(file); // a file made now is born owner-only; an old one may not be
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            }
            Files.write(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UsageException("cannot write the first users' passwords to " + file + ": " + e.getMessage()
                    + "; start cleanclaim from a terminal to see them there instead");
        }
        return new Delivery.ToFile(file);
    }
}

package dev.cleanclaim.app.setup;

import dev.cleanclaim.app.security.Tokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The one-time code that proves whoever completes the first-run set-up can read the server's files: written at the
 * first start to a file only its owner may read, never to a log or the console, and removed once the set-up is done.
 * Whoever merely reaches the port first cannot claim the practice without it.
 */
public final class SetupCode {

    public static final String FILE_NAME = "setup-code.txt";

    private final Path file;
    private final String code;

    private SetupCode(Path file, String code) {
        this.file = file;
        this.code = code;
    }

    /** The code of an earlier start that was not used yet, else a new one written to {@code folder}/setup-code.txt. */
    public static SetupCode issue(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        try {
            makeFolder(folder);
            Optional<String> earlier = read(file);
            if (earlier.isPresent()) {
                // A file copied in, or left by an older version, may be readable by others: the code proves only
                // that its reader is the owner once nobody else can read it.
                ownerOnly(file);
                return new SetupCode(file, earlier.get());
            }
            String code = Tokens.random().substring(0, 24);
            write(file, code);
            return new SetupCode(file, code);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the set-up code to " + file, e);
        }
    }

    public Path file() {
        return file;
    }

    /** Compares in constant time, so the code cannot be guessed a character at a time. */
    public boolean matches(String given) {
        return given != null && Tokens.same(code, given.strip());
    }

    /** Forgets the code once the set-up is done; it can never be used again. */
    public void spend() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("the set-up is done, but " + file + " could not be removed: remove it", e);
        }
    }

    private static Optional<String> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** A folder made here (serve with --db keeps no database in it) is owner-only like the data folder; one that exists is left. */
    private static void makeFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } else {
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
        }
    }

    private static void write(Path file, String code) throws IOException {
        byte[] bytes = (code + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            // Created with owner-only permissions from the start, so no other user can read it even for a moment.
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
        } catch (FileAlreadyExistsException empty) {
            // an empty file left by an interrupted start: fill it below
        }
        Files.write(file, bytes);
    }
}

package dev.cleanclaim.store;

import java.nio.file.Path;

/**
 * The embedded database is open in another process (a running `cleanclaim serve`, most likely): H2 locks its file,
 * and cleanclaim opens no server port to share it, so the second process is refused rather than let in.
 */
public final class DatabaseInUse extends RuntimeException {

    private final Path folder;

    DatabaseInUse(Path folder) {
        super("the data folder " + folder + " is in use by another cleanclaim process");
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}

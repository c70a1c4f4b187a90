package dev.cleanclaim.app.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes the temporary folders the tests make for a workspace's database or a browser's profile. */
public final class TempFolders {

    private TempFolders() {
    }

    /** Deletes the folder with everything in it, the deepest files first so that each folder is empty when its turn comes. */
    public static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }
}

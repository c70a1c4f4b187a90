package dev.cleanclaim.rules;

import dev.cleanclaim.core.ncci.PtpTable;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A user's rule folder laid over the built-in rule data: any file it holds replaces the built-in one of the same
 * path, payer packs dropped into payers/ are added, and NCCI tables imported into it are used.
 *
 * <p>Default location: $CLEANCLAIM_RULES, else $XDG_DATA_HOME/cleanclaim/rules, else ~/.local/share/cleanclaim/rules.
 */
public final class RuleFolder implements RuleDataSource {

    private final Path root;
    private final RuleDataSource fallback;

    public RuleFolder(Path root, RuleDataSource fallback) {
        this.root = root;
        this.fallback = fallback;
    }

    public static Path defaultLocation() {
        String explicit = System.getenv("CLEANCLAIM_RULES");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path data = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return data.resolve("cleanclaim").resolve("rules");
    }

    public Path root() {
        return root;
    }

    @Override
    public Reader open(String file) {
        Path path = root.resolve(file);
        if (!Files.isRegularFile(path)) {
            return fallback.open(file);
        }
        try {
            return Files.newBufferedReader(path);
        } catch (IOException e) {
            throw new RuleDataException(path.toString(), "cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public String describe(String file) {
        Path path = root.resolve(file);
        return Files.isRegularFile(path) ? path.toString() : fallback.describe(file);
    }

    @Override
    public boolean exists(String file) {
        return Files.isRegularFile(root.resolve(file)) || fallback.exists(file);
    }

    @Override
    public List<String> extraPayerFiles() {
        Path payers = root.resolve("payers");
        if (!Files.isDirectory(payers)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(payers)) {
            return files.filter(path -> path.getFileName().toString().endsWith(".yaml"))
                    .map(path -> "payers/" + path.getFileName()).sorted().toList();
        } catch (IOException e) {
            throw new RuleDataException(payers.toString(), "cannot be listed: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<PtpTable> importedPtp() {
        return RuleStore.readPtp(root);
    }
}

package dev.cleanclaim.app.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/** --rules DIR: the rule folder to read (payer packs, imported NCCI tables) over the built-in rule data. */
final class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rule folder over the built-in rules (default: $CLEANCLAIM_RULES or ~/.local/share/cleanclaim/rules).")
    private Path folder;

    Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }
}

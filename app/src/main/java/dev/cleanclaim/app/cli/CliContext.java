package dev.cleanclaim.app.cli;

import dev.cleanclaim.core.ruledata.RuleData;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** What every command shares: rule data (loaded once per rule folder, on first use) and the clock. */
final class CliContext {

    private final RuleLoader loader;
    private final Clock clock;
    private final Map<Optional<Path>, RuleData> loaded = new HashMap<>();

    CliContext(RuleLoader loader, Clock clock) {
        this.loader = loader;
        this.clock = clock;
    }

    RuleData rules(Optional<Path> rulesFolder) {
        return loaded.computeIfAbsent(rulesFolder, loader::load);
    }

    RuleData rules() {
        return rules(Optional.empty());
    }

    Clock clock() {
        return clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}

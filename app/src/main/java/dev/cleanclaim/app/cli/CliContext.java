package dev.cleanclaim.app.cli;

import dev.cleanclaim.core.ruledata.RuleData;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

/** What every command shares: the rule data (loaded once, on first use) and the clock. */
final class CliContext {

    private final Supplier<RuleData> loader;
    private final Clock clock;
    private RuleData rules;

    CliContext(Supplier<RuleData> loader, Clock clock) {
        this.loader = loader;
        this.clock = clock;
    }

    RuleData rules() {
        if (rules == null) {
            rules = loader.get();
        }
        return rules;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}

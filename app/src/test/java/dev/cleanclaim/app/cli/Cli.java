package dev.cleanclaim.app.cli;

import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.rules.BuiltInRuleData;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Runs the CLI in process with captured output, the built-in rules and a fixed clock (2026-11-23). */
final class Cli {

    static final RuleData RULES = BuiltInRuleData.load();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // Without --rules the tests use the built-in data, never the developer's own rule folder.
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err),
                folder -> folder.map(BuiltInRuleData::load).orElse(RULES), CLOCK);
        return new Run(code, out.toString(), err.toString());
    }
}

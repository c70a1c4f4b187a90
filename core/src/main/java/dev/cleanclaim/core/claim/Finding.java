package dev.cleanclaim.core.claim;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing the engine found about a claim, explained for a biller.
 *
 * @param rule    the stable rule id, e.g. "units.below-eight-minutes" (a public contract)
 * @param codes   the procedure codes the finding concerns; empty when it concerns the claim as a whole
 * @param source  where the rule comes from, so the biller can check it
 * @param fix     what to do about it, when there is something to do
 * @param remedy  the same fix as an edit a screen can apply in one click, where the engine can be sure of it
 */
public record Finding(String rule, Severity severity, List<String> codes, String message, String source,
                      Optional<String> fix, Optional<Remedy> remedy) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fix, "fix");
        Objects.requireNonNull(remedy, "remedy");
        codes = List.copyOf(codes);
    }

    /** A finding whose fix is words only. */
    public Finding(String rule, Severity severity, List<String> codes, String message, String source, Optional<String> fix) {
        this(rule, severity, codes, message, source, fix, Optional.empty());
    }
}

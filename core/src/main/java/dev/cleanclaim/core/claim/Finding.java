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
 */
public record Finding(String rule, Severity severity, List<String> codes, String message, String source,
                      Optional<String> fix) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fix, "fix");
        codes = List.copyOf(codes);
    }
}

package dev.cleanclaim.core.scrub;

import dev.cleanclaim.core.time.EffectivePeriod;

import java.util.Objects;

/**
 * A rule's identity from rule data: its stable id (a public contract, see docs/rules.md), the dates it is in
 * force and where it comes from.
 */
public record RuleDefinition(String id, EffectivePeriod period, String source, String summary) {

    public RuleDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(summary, "summary");
    }
}

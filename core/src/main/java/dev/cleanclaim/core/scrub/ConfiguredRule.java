package dev.cleanclaim.core.scrub;

import dev.cleanclaim.core.time.EffectivePeriod;

import java.time.LocalDate;

/**
 * A rule as one payer pack runs it: its definition, the pack's own dates (which can only narrow the
 * definition's), and the rule built from the pack's settings.
 */
public record ConfiguredRule(RuleDefinition definition, EffectivePeriod packPeriod, Rule rule) {

    public boolean inForceOn(LocalDate dateOfService) {
        return inForceOn(dateOfService.toEpochDay());
    }

    public boolean inForceOn(long epochDay) {
        return definition.period().contains(epochDay) && packPeriod.contains(epochDay);
    }

    public String id() {
        return definition.id();
    }
}

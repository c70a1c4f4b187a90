package dev.cleanclaim.core.therapy;

import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.catalog.TherapyModifierRule;

import java.util.List;
import java.util.Optional;

/**
 * The three therapy disciplines a plan of care belongs to, each apart: physical therapy (GP), occupational therapy
 * (GO) and speech-language pathology (GN). A plan that caps therapy "per discipline" counts them each on their own,
 * unlike Medicare's yearly threshold ({@link TherapyDiscipline}), which adds PT and SLP together.
 */
public enum PlanOfCare {
    PHYSICAL("PT", "GP"), OCCUPATIONAL("OT", "GO"), SPEECH("SLP", "GN");

    private final String label;
    private final String modifier;

    PlanOfCare(String label, String modifier) {
        this.label = label;
        this.modifier = modifier;
    }

    /** How billers name it: PT, OT or SLP. */
    public String label() {
        return label;
    }

    /** The Medicare threshold amount this plan of care counts toward: PT and SLP share one, OT has its own. */
    public TherapyDiscipline threshold() {
        return this == OCCUPATIONAL ? TherapyDiscipline.OCCUPATIONAL : TherapyDiscipline.PHYSICAL_AND_SPEECH;
    }

    /** The plan of care of the first therapy modifier (GP, GO, GN) among these; empty when there is none. */
    public static Optional<PlanOfCare> of(List<String> modifiers) {
        for (String given : modifiers) {
            for (PlanOfCare plan : values()) {
                if (plan.modifier.equals(given)) {
                    return Optional.of(plan);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The plan of care a line belongs to: its therapy modifier when it has one; else the one its code always takes;
     * else the provider's (an OT's or OT assistant's line is OT, anyone else's PT), which is the modifier
     * modifier.therapy would append.
     */
    public static PlanOfCare of(List<String> modifiers, TherapyModifierRule byCode, ProviderType provider) {
        return of(modifiers).orElseGet(() -> switch (byCode) {
            case GP -> PHYSICAL;
            case GO -> OCCUPATIONAL;
            default -> provider == ProviderType.OT || provider == ProviderType.OTA ? OCCUPATIONAL : PHYSICAL;
        });
    }
}

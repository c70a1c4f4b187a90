package dev.cleanclaim.core.therapy;

import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.catalog.TherapyModifierRule;

import java.util.List;
import java.util.Optional;

/**
 * The two amounts Medicare's yearly therapy threshold is counted in (RULES §5): physical therapy and
 * speech-language pathology share one, occupational therapy has its own. A line's plan-of-care modifier says which.
 */
public enum TherapyDiscipline {
    /** Lines billed under a PT (GP) or SLP (GN) plan of care. */
    PHYSICAL_AND_SPEECH("PT/SLP"),
    /** Lines billed under an OT plan of care (GO). */
    OCCUPATIONAL("OT");

    private final String label;

    TherapyDiscipline(String label) {
        this.label = label;
    }

    /** How billers name it: "PT/SLP" or "OT". */
    public String label() {
        return label;
    }

    /** The discipline of a line with these modifiers; empty when it carries no therapy modifier (GP, GO, GN). */
    public static Optional<TherapyDiscipline> of(List<String> modifiers) {
        for (String modifier : modifiers) {
            switch (modifier) {
                case "GP", "GN" -> {
                    return Optional.of(PHYSICAL_AND_SPEECH);
                }
                case "GO" -> {
                    return Optional.of(OCCUPATIONAL);
                }
                default -> {
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The discipline a line counts toward even without a therapy modifier: its modifier when it has one; else the one
     * its code always takes (GP on PT evaluations, GO on OT ones); else the provider's: an occupational therapist's or
     * OT assistant's line is OT, anyone else's (PT, PTA, chiropractor, massage therapist, physician) PT/SLP. That is
     * the modifier modifier.therapy appends, so a line counts the same whether or not the pack appends it.
     */
    public static TherapyDiscipline of(List<String> modifiers, TherapyModifierRule byCode, ProviderType provider) {
        return of(modifiers).orElseGet(() -> switch (byCode) {
            case GP -> PHYSICAL_AND_SPEECH;
            case GO -> OCCUPATIONAL;
            default -> provider == ProviderType.OT || provider == ProviderType.OTA ? OCCUPATIONAL : PHYSICAL_AND_SPEECH;
        });
    }
}

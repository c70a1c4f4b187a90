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
        return PlanOfCare.of(modifiers).map(PlanOfCare::threshold);
    }

    /**
     * The discipline a line counts toward even without a therapy modifier: that of the plan of care it belongs to
     * ({@link PlanOfCare#of(List, TherapyModifierRule, ProviderType)}), the one modifier.therapy appends, so a line
     * counts the same whether or not the pack appends it.
     */
    public static TherapyDiscipline of(List<String> modifiers, TherapyModifierRule byCode, ProviderType provider) {
        return PlanOfCare.of(modifiers, byCode, provider).threshold();
    }
}

package dev.cleanclaim.core.therapy;

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
}

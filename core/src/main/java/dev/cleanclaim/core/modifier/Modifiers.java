package dev.cleanclaim.core.modifier;

import java.util.Set;

/** Modifier families the rules reason about (RULES §5). */
public final class Modifiers {

    /** The distinct procedural service modifier, which the X modifiers refine. */
    public static final String DISTINCT_PROCEDURE = "59";
    /** The X{EPSU} modifiers, more precise than 59 (since 2015-01-01; dates in the rule data, modifiers.csv). */
    public static final Set<String> X_MODIFIERS = Set.of("XE", "XS", "XP", "XU");
    /** Modifiers that tell NCCI two services were distinct: 59, the X modifiers, and the anatomic ones. */
    public static final Set<String> DISTINCT_SERVICE = Set.of("59", "XE", "XS", "XP", "XU",
            "LT", "RT", "E1", "E2", "E3", "E4", "FA", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9",
            "TA", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "LC", "LD", "LM", "RC", "RI");
    /** Therapy plan-of-care modifiers: PT, OT, speech-language pathology. */
    public static final Set<String> THERAPY = Set.of("GP", "GO", "GN");
    /** Assistant-furnished therapy: PT assistant, OT assistant. */
    public static final Set<String> ASSISTANT = Set.of("CQ", "CO");
    public static final int MAX_PER_LINE = 4;

    /** Active/corrective chiropractic treatment: the only manipulation Medicare pays. */
    public static final String ACTIVE_TREATMENT = "AT";
    /** Not reasonable and necessary for Medicare, signed ABN on file: the patient is liable. */
    public static final String ABN_ON_FILE = "GA";
    /** Not reasonable and necessary for Medicare, no ABN: the practice is liable, the patient may not be billed. */
    public static final String NO_ABN = "GZ";
    /** Statutorily excluded by Medicare (not a benefit at all): the patient is liable without an ABN. */
    public static final String STATUTORILY_EXCLUDED = "GY";
    /** A voluntary ABN was given for a statutorily excluded service. */
    public static final String VOLUNTARY_ABN = "GX";
    /** A significant, separately identifiable E/M on the day of another service. */
    public static final String SEPARATE_EM = "25";

    private Modifiers() {
    }

    /** How a fix offers a distinct-service modifier: "XS (or 59)", or "59" alone when that is the one. */
    public static String orDistinctProcedure(String modifier) {
        return modifier.equals(DISTINCT_PROCEDURE) ? modifier : modifier + " (or " + DISTINCT_PROCEDURE + ")";
    }
}

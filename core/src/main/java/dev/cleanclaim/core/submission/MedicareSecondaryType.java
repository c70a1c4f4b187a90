package dev.cleanclaim.core.submission;

/**
 * Why Medicare pays second (the Medicare Secondary Payer type): the insurance type code 837P SBR05 carries in loop
 * 2000B when the claim goes to Medicare and another payer paid first. Medicare needs it to know which MSP rule
 * decided the order, and rejects a non-primary Medicare claim without it.
 */
public enum MedicareSecondaryType {
    /** Working aged beneficiary or spouse with an employer group health plan. */
    WORKING_AGED("12"),
    /** End-stage renal disease beneficiary in the coordination period with an employer group health plan. */
    END_STAGE_RENAL_DISEASE("13"),
    /** No-fault insurance, auto included, is primary. */
    NO_FAULT("14"),
    /** Workers' compensation is primary. */
    WORKERS_COMPENSATION("15"),
    /** Public Health Service or another federal agency is primary. */
    FEDERAL_AGENCY("16"),
    /** Black lung benefits are primary. */
    BLACK_LUNG("41"),
    /** The Veterans Administration is primary. */
    VETERANS_ADMINISTRATION("42"),
    /** Disabled beneficiary under 65 with a large group health plan. */
    DISABLED_LARGE_GROUP("43"),
    /** Other liability insurance is primary. */
    OTHER_LIABILITY("47");

    private final String x12Code;

    MedicareSecondaryType(String x12Code) {
        this.x12Code = x12Code;
    }

    public String x12Code() {
        return x12Code;
    }
}

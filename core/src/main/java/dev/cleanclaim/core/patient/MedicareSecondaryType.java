package dev.cleanclaim.core.patient;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.Set;

/**
 * Why Medicare pays second (the Medicare Secondary Payer type): the insurance type code 837P SBR05 carries in loop
 * 2000B when the claim goes to Medicare and another payer paid first, and in the 2320 that names Medicare as a later
 * payer. A fact of the patient's Medicare coverage, from their MSP questionnaire. Medicare needs it to know which MSP rule
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

    /** Claim filing indicators of commercial and employer group plans: Blue Cross, commercial, HMO, PPO, POS, EPO, indemnity. */
    private static final Set<String> GROUP_HEALTH_PLANS = Set.of("BL", "CI", "HM", "12", "13", "14", "15");
    /** Medicare's age of entitlement: below it a beneficiary is entitled by disability (or end-stage renal disease). */
    private static final int MEDICARE_AGE = 65;

    private final String x12Code;

    MedicareSecondaryType(String x12Code) {
        this.x12Code = x12Code;
    }

    public String x12Code() {
        return x12Code;
    }

    /** The type an 837P SBR05 code names, e.g. "12"; empty for any other text. */
    public static Optional<MedicareSecondaryType> ofX12Code(String code) {
        for (MedicareSecondaryType type : values()) {
            if (type.x12Code.equals(code)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * The MSP type what the claim already knows points to, when it points to one: the primary's kind of plan (its
     * claim filing indicator) and the patient's age on the date of service. An employer group plan ahead of Medicare
     * means the working aged rule at 65 or over, the disability rule under 65 (end-stage renal disease, also under
     * 65, is a fact only the MSP questionnaire tells, so a biller who has it says so); workers' compensation, auto
     * (no-fault), liability and the VA each name their own rule. Empty when the primary is none of those.
     */
    public static Optional<MedicareSecondaryType> inferred(String primaryFilingIndicator, LocalDate birthDate,
                                                            LocalDate dateOfService) {
        if (GROUP_HEALTH_PLANS.contains(primaryFilingIndicator)) {
            boolean aged = Period.between(birthDate, dateOfService).getYears() >= MEDICARE_AGE;
            return Optional.of(aged ? WORKING_AGED : DISABLED_LARGE_GROUP);
        }
        return switch (primaryFilingIndicator) {
            case "WC" -> Optional.of(WORKERS_COMPENSATION);
            case "AM" -> Optional.of(NO_FAULT);
            case "LM" -> Optional.of(OTHER_LIABILITY);
            case "VA" -> Optional.of(VETERANS_ADMINISTRATION);
            default -> Optional.empty();
        };
    }
}

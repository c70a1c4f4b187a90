package dev.cleanclaim.core.remit;

import java.util.Optional;

/**
 * Who carries an adjustment (CAS01): the provider under contract, the patient, or neither. The group decides whether
 * the practice may bill the patient for the amount.
 */
public enum AdjustmentGroup {
    /** Contractual obligation: the provider writes it off and may not bill the patient. */
    CO("Contractual Obligations"),
    /** Correction or reversal of an earlier payment. */
    CR("Corrections and Reversals"),
    /** Other adjustment: neither party is held to it by contract. */
    OA("Other adjustments"),
    /** Payer-initiated reduction. */
    PI("Payor Initiated Reductions"),
    /** Patient responsibility: deductible, coinsurance, copay, non-covered service the patient owes. */
    PR("Patient Responsibility");

    private final String meaning;

    AdjustmentGroup(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    public static Optional<AdjustmentGroup> parse(String code) {
        for (AdjustmentGroup group : values()) {
            if (group.name().equals(code.trim())) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }
}

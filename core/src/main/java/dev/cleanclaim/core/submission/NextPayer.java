package dev.cleanclaim.core.submission;

import dev.cleanclaim.core.patient.MedicareSecondaryType;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.practice.PayerAccount;

import java.util.Objects;
import java.util.Optional;

/**
 * A payer known to pay after the one a claim goes to: the patient's second policy while the primary is billed. The
 * claim names it (837P loop 2320 with SBR01 "S", 2330A and 2330B; CMS-1500 boxes 9, 9a, 9d and 11d "yes") because
 * the implementation guide asks for every payer known to be involved, and because a primary that knows of the second
 * plan can coordinate benefits, or cross the claim over itself. Nothing is adjudicated yet, so unlike
 * {@link PriorPayer} it carries no amounts.
 *
 * @param payer           how the practice reaches that payer (2330B NM1*PR; box 9d)
 * @param coverage        the patient as that policy covers them: member id, group, relationship, subscriber
 * @param filingIndicator that payer's claim filing indicator (SBR09 of its 2320), e.g. MB for Medicare Part B
 * @param medicareSecondary when that payer is Medicare, why it pays after this one (SBR05 of its 2320), as the biller
 *                          knows it; empty to let the claim infer it ({@link MedicareSecondaryType#inferred})
 */
public record NextPayer(PayerAccount payer, Patient coverage, String filingIndicator,
                        Optional<MedicareSecondaryType> medicareSecondary) {
    public NextPayer {
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(filingIndicator, "filingIndicator");
        Objects.requireNonNull(medicareSecondary, "medicareSecondary");
        if (coverage.memberId().isEmpty()) {
            throw new IllegalArgumentException("the next payer's policy needs its member id (NM109 of loop 2330A)");
        }
    }

    public NextPayer(PayerAccount payer, Patient coverage, String filingIndicator) {
        this(payer, coverage, filingIndicator, Optional.empty());
    }
}

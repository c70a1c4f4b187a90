package dev.cleanclaim.store;

import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.money.Money;

/** A claim as one submission carried it, with where it stands now. */
public record SubmittedClaim(long submissionId, long claimId, String patientControlNumber, String payerId,
                             String transactionControlNumber, Money totalCharge, ClaimStatus status) {
}

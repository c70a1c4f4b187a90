package dev.cleanclaim.store;

import java.util.Optional;

/**
 * What a claim is sent with beyond its record, read for many claims at once: the practice and patient facts it was
 * made with, the primary claim it is secondary to, and its links (what it corrects, with the payer's number).
 *
 * @param practiceFacts empty for a claim made before claims kept them
 * @param patientFacts  empty for a claim made before claims kept them
 * @param primaryClaimId empty for a primary claim
 */
public record SendingFacts(Optional<String> practiceFacts, Optional<String> patientFacts, Optional<Long> primaryClaimId,
                           ClaimLinks links) {
}

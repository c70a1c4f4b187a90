package dev.cleanclaim.store;

import dev.cleanclaim.core.submission.ClaimFrequency;

import java.util.List;
import java.util.Optional;

/**
 * How a claim stands to the payer's record and to other claims: what it does (original, replacement, void), the
 * claim it corrects and why, the claims that corrected it, and the payer's own number for it.
 *
 * @param correctedPayerClaimNumber for a correction, the payer's number of the claim it corrects as it was when the
 *                                  correction was made: what its REF*F8 says, whatever a later file tells
 */
public record ClaimLinks(ClaimFrequency frequency, Optional<Long> corrects, Optional<String> reason,
                         List<Long> correctedBy, Optional<String> payerClaimNumber,
                         Optional<String> correctedPayerClaimNumber) {
    public ClaimLinks {
        correctedBy = List.copyOf(correctedBy);
    }
}

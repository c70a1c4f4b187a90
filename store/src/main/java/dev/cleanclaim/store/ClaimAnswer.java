package dev.cleanclaim.store;

import dev.cleanclaim.core.lifecycle.ClaimStatus;

import java.util.Objects;
import java.util.Optional;

/**
 * What an acknowledgment says about one of our claims, and what that does to it.
 *
 * @param move             the status the claim moves to; empty when it already stands there or the answer only informs
 * @param outcome          accepted, rejected or pending, as the file said it
 * @param words            the answer in words, for the claim's history and the rejection work list
 * @param payerClaimNumber the payer's number for the claim (277CA REF*1K), kept for later corrections
 */
public record ClaimAnswer(long claimId, int expectedVersion, Optional<ClaimStatus> move, String outcome, String words,
                          Optional<String> payerClaimNumber) {
    public ClaimAnswer {
        Objects.requireNonNull(move, "move");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(payerClaimNumber, "payerClaimNumber");
    }
}

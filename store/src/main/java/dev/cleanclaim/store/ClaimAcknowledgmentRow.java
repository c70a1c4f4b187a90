package dev.cleanclaim.store;

import java.time.Instant;
import java.util.Optional;

/** One answer a 999 or 277CA gave about a claim, as the claim's page lists them. */
public record ClaimAcknowledgmentRow(long acknowledgmentId, String kind, String fileName, Instant receivedAt,
                                     long claimId, String outcome, String words, Optional<String> payerClaimNumber) {
}

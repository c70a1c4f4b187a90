package dev.cleanclaim.store;

import dev.cleanclaim.core.lifecycle.ClaimStatus;

import java.time.Instant;
import java.util.Optional;

/** One change in a claim's history: who moved it from what to what, when, why, and the claim as it was then. */
public record ClaimEvent(long claimId, Instant occurredAt, String user, Optional<ClaimStatus> from, ClaimStatus to,
                         Optional<String> note, String body) {
}

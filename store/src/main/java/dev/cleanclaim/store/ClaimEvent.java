package dev.cleanclaim.store;

import dev.cleanclaim.core.lifecycle.ClaimStatus;

import java.time.Instant;
import java.util.Optional;

/**
 * One change in a claim's history: who moved it from what to what, when, why, and, for a change of its contents
 * (made, revised), the claim as that version was; a move or a note changes no contents and keeps none.
 */
public record ClaimEvent(long claimId, Instant occurredAt, String user, Optional<ClaimStatus> from, ClaimStatus to,
                         Optional<String> note, Optional<String> body) {
}

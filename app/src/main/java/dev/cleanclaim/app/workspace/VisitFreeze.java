package dev.cleanclaim.app.workspace;

import dev.cleanclaim.store.ClaimRecord;
import dev.cleanclaim.store.ClaimStore;
import dev.cleanclaim.store.Stored;

import java.util.Comparator;
import java.util.Optional;

/**
 * The one rule for changing a visit that has claims: a claim the payer holds (sent, accepted, decided or appealed,
 * {@link dev.cleanclaim.core.lifecycle.ClaimStatus#holdsItsVisit}) freezes its visit, since the payer has the claim
 * as it was made from it. A draft, scrubbed, ready or rejected claim does not, nor does one corrected or voided: its
 * replacement is made from the visit, so the visit must be open for the fix until the replacement is sent. The API
 * and the pages both ask here, through {@link Visits}; the visit's store update checks the same again in its
 * transaction, so a claim sent meanwhile still wins.
 */
final class VisitFreeze {

    private final ClaimStore claims;

    VisitFreeze(ClaimStore claims) {
        this.claims = claims;
    }

    /** The claim that keeps the visit from changing, if any: the newest, when several do. */
    Optional<SentClaim> of(long visitId) {
        return claims.forVisit(visitId).stream()
                .filter(claim -> claim.value().status().holdsItsVisit())
                .max(Comparator.comparingLong(Stored::id))
                .map(VisitFreeze::sent);
    }

    void refuseChangeOf(long visitId) {
        of(visitId).ifPresent(claim -> {
            throw new WorkspaceException.VisitFrozen(visitId, claim);
        });
    }

    private static SentClaim sent(Stored<ClaimRecord> claim) {
        return new SentClaim(claim.id(), claim.value().patientControlNumber(), claim.value().status());
    }
}

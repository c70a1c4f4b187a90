package dev.cleanclaim.app.workspace;

import dev.cleanclaim.store.ClaimRecord;
import dev.cleanclaim.store.ClaimStore;
import dev.cleanclaim.store.Stored;

import java.util.Comparator;
import java.util.Optional;

/**
 * The one rule for changing a visit that has claims: a claim past the point of change (sent, decided, corrected,
 * voided or closed) freezes its visit, since the payer holds the claim as it was made from it; a draft, scrubbed,
 * ready or rejected claim does not. The API and the pages both ask here, through {@link Visits}.
 */
final class VisitFreeze {

    private final ClaimStore claims;

    VisitFreeze(ClaimStore claims) {
        this.claims = claims;
    }

    /** The claim that keeps the visit from changing, if any: the newest, when several do. */
    Optional<SentClaim> of(long visitId) {
        return claims.forVisit(visitId).stream()
                .filter(claim -> !claim.value().status().isOpenForChange())
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

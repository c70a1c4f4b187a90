package dev.cleanclaim.store;

/**
 * Thrown inside a transaction to roll all of it back when a claim it moves changed since the caller read it (another
 * send, posting or correction got there first). Callers catch it outside the transaction and answer with a conflict
 * naming the claim; it never leaves the store.
 */
final class ClaimMovedMeanwhile extends RuntimeException {

    private final long claimId;

    ClaimMovedMeanwhile(long claimId) {
        super("claim " + claimId + " changed since it was read", null, false, false);
        this.claimId = claimId;
    }

    long claimId() {
        return claimId;
    }
}

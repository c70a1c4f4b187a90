package dev.cleanclaim.core.ack;

/**
 * What a 277CA means for one claim. Declared from strongest to weakest: one rejecting status rejects the claim
 * whatever else is said of it (a payer acknowledges receipt, A1, before it finds the error, A7).
 */
public enum ClaimAckOutcome {
    /** Rejected before adjudication: fix and send again; no 835 will come. */
    REJECTED("Rejected"),
    /** Received or accepted into adjudication: wait for the 835. */
    ACCEPTED("Accepted"),
    /** Neither: the payer says something else (pended, more information requested); keep watching. */
    PENDING("Pending");

    private final String words;

    ClaimAckOutcome(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** The stronger of the two outcomes. */
    public ClaimAckOutcome and(ClaimAckOutcome other) {
        return compareTo(other) <= 0 ? this : other;
    }
}

package dev.cleanclaim.store;

/** What asking to store a submission gives. */
public sealed interface Submitted {

    record Saved(SubmissionSummary submission) implements Submitted {
    }

    /** A claim changed since it was read (someone else sent or re-scrubbed it); nothing was written. */
    record Conflict(long claimId) implements Submitted {
    }
}

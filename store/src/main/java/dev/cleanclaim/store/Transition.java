package dev.cleanclaim.store;

import dev.cleanclaim.core.lifecycle.ClaimStatus;

/** What asking a claim to change status gives. */
public sealed interface Transition {

    record Moved(Stored<ClaimRecord> claim) implements Transition {
    }

    /** Someone else changed the claim since it was read; nothing was written. */
    record Conflict(Stored<ClaimRecord> current) implements Transition {
    }

    /** The lifecycle does not allow the move (a paid claim cannot be scrubbed again). */
    record NotAllowed(ClaimStatus from, ClaimStatus to) implements Transition {
    }

    record NotFound(long id) implements Transition {
    }
}

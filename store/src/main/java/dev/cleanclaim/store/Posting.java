package dev.cleanclaim.store;

import dev.cleanclaim.core.lifecycle.ClaimStatus;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one claim payment of a remittance is to be recorded: posted to a claim, with its lines matched and the
 * claim's status moves, or queued with the reason it could not be.
 */
public sealed interface Posting {

    /** @param lineNumbers parallel to the payment's service lines: the line of our claim each answers */
    record ToClaim(long claimId, List<Optional<Integer>> lineNumbers, List<StatusMove> moves) implements Posting {
        public ToClaim {
            lineNumbers = List.copyOf(lineNumbers);
            moves = List.copyOf(moves);
        }
    }

    record Queued(String reason) implements Posting {
        public Queued {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** A status change the payment makes, from the version read: the write fails if anyone moved the claim since. */
    record StatusMove(long claimId, int expectedVersion, ClaimStatus target, String note) {
        public StatusMove {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(note, "note");
        }
    }
}

package dev.cleanclaim.app.workspace;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.store.ClaimRecord;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A claim whose last scrub found errors is held back from the payer; a person may still send it on (the payer's
 * rule is wrong for this case, the payer said so by phone), but only saying why. The reason goes into the claim's
 * history with the move, so whoever reads the claim later sees that the errors were seen and why they were overruled.
 */
final class ForwardPastErrors {

    /** The field that carries the reason, in the API body and on the claim page. */
    static final String FIELD = "reason";
    /** Ready and sent are the moves toward the payer; every later move comes from the payer's own answer. */
    private static final Set<ClaimStatus> FORWARD = EnumSet.of(ClaimStatus.READY, ClaimStatus.SUBMITTED);

    private ForwardPastErrors() {
    }

    static boolean needsReason(ClaimRecord claim, ClaimStatus target) {
        return FORWARD.contains(target) && claim.draft().hasErrors();
    }

    /**
     * The note the history keeps for the move: the reason first, then the person's note, if any.
     *
     * @throws InputException naming the reason field when a reason is needed and none was given
     */
    static Optional<String> historyNote(long claimId, ClaimRecord claim, ClaimStatus target, Optional<String> note,
                                        Optional<String> reason) {
        Optional<String> given = reason.map(String::strip).filter(text -> !text.isEmpty());
        if (!needsReason(claim, target)) {
            return note;
        }
        if (given.isEmpty()) {
            long errors = claim.draft().errorCount();
            throw new InputException("claim " + claimId, List.of(new InputProblem("$." + FIELD, "say why: the claim"
                    + " has " + errors + " error finding(s), and moving it to " + target.words() + " sends it on"
                    + " with them; the reason is kept in its history")));
        }
        String kept = "Moved on with " + claim.draft().errorCount() + " error finding(s). Reason: " + given.get();
        return Optional.of(note.map(text -> kept + " Note: " + text).orElse(kept));
    }
}

package dev.cleanclaim.app.workspace;

import dev.cleanclaim.core.lifecycle.ClaimStatus;

import java.util.EnumSet;
import java.util.Set;

/**
 * Moves that normally come from a file: a clearinghouse's or payer's acknowledgment, a remittance. A
 * person may still make them (a claim sent on paper, a payment by cheque with no 835), but the move goes against the
 * record the files keep, so it needs a stated reason, which the claim's history and the audit log keep.
 */
final class ManualMoves {

    /** Sending by hand (on paper, through a payer's portal) is an ordinary way to send; it needs no excuse. */
    private static final Set<ClaimStatus> NEED_A_REASON = EnumSet.of(ClaimStatus.ACCEPTED,
            ClaimStatus.REJECTED, ClaimStatus.PAID, ClaimStatus.PARTLY_PAID, ClaimStatus.DENIED, ClaimStatus.CLOSED);

    private ManualMoves() {
    }

    static boolean needsReason(ClaimStatus target) {
        return NEED_A_REASON.contains(target);
    }

    /** Where the move normally comes from, for the refusal that asks for a reason. */
    static String fileFor(ClaimStatus target) {
        return switch (target) {
            case ACCEPTED, REJECTED -> "a 999 or 277CA acknowledgment";
            case PAID, PARTLY_PAID, DENIED -> "an 835 remittance";
            case CLOSED -> "none: closing a claim gives up what it still bills";
            default -> "none";
        };
    }
}

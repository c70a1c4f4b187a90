package dev.cleanclaim.core.remit;

import dev.cleanclaim.core.lifecycle.ClaimStatus;

import java.util.List;
import java.util.Objects;

/**
 * Where a claim goes when a payment for it arrives: the statuses it passes through, or a hold when the claim is
 * in no state to take a payment and a person must look.
 */
public sealed interface StatusAfterPayment {

    /** @param path the moves to make in order; empty when the claim already stands where the payment puts it */
    record Moves(List<ClaimStatus> path, String note) implements StatusAfterPayment {
        public Moves {
            path = List.copyOf(path);
            Objects.requireNonNull(note, "note");
        }
    }

    record Hold(String reason) implements StatusAfterPayment {
        public Hold {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Processed claims become paid (even when the patient owes all of it, as with a deductible: the payer has decided),
     * partly paid when the payer paid some lines and denied others (a line paid nothing with a denial reason), a claim
     * the payer paid nothing on and left nothing to the patient is denied, a reversal reopens the claim as
     * submitted, and a predetermination or a claim forwarded as not the payer's changes nothing.
     */
    static StatusAfterPayment of(ClaimStatus current, ClaimPayment payment) {
        ClaimStatus target;
        String note;
        switch (payment.status()) {
            case REVERSAL -> {
                note = "the payer reversed its earlier decision (claim " + payment.payerClaimNumber().orElse("?") + ")";
                if (current == ClaimStatus.CORRECTED || current == ClaimStatus.VOIDED) {
                    // Payers reverse the original when they process its replacement or void: the original stays done.
                    return new Moves(List.of(), note + "; the claim was already " + current.words());
                }
                target = ClaimStatus.SUBMITTED;
            }
            case DENIED -> {
                target = ClaimStatus.DENIED;
                note = "denied by the payer";
            }
            case PREDETERMINATION, NOT_OUR_CLAIM_FORWARDED -> {
                return new Moves(List.of(), payment.status().meaning());
            }
            default -> {
                boolean nothingDecided = payment.paid().cents() == 0 && payment.patientResponsibility().cents() == 0;
                long deniedLines = payment.lines().stream().filter(ServicePayment::denied).count();
                boolean partly = !nothingDecided && deniedLines > 0 && deniedLines < payment.lines().size();
                target = nothingDecided ? ClaimStatus.DENIED : partly ? ClaimStatus.PARTLY_PAID : ClaimStatus.PAID;
                note = nothingDecided ? payment.status().meaning() + ", nothing paid and nothing left to the patient"
                        : payment.status().meaning() + ": paid $" + payment.paid() + ", patient owes $"
                        + payment.patientResponsibility()
                        + (partly ? ", " + deniedLines + " of " + payment.lines().size() + " line(s) denied" : "");
            }
        }
        return path(current, target, note);
    }

    private static StatusAfterPayment path(ClaimStatus current, ClaimStatus target, String note) {
        if (current == target) {
            return new Moves(List.of(), note);
        }
        if (current.canMoveTo(target)) {
            return new Moves(List.of(target), note);
        }
        if (current.canMoveTo(ClaimStatus.SUBMITTED) && ClaimStatus.SUBMITTED.canMoveTo(target)) {
            // A ready claim the payer answers was sent outside cleanclaim; a decided claim the payer decides again
            // was reopened by the payer. Either way it passes through submitted.
            return new Moves(List.of(ClaimStatus.SUBMITTED, target), note);
        }
        if (current == ClaimStatus.APPEALED && target == ClaimStatus.SUBMITTED) {
            return new Moves(List.of(), note);
        }
        return new Hold("claim is " + current.id() + ", never sent to the payer: check that this payment is really for it");
    }
}

package dev.cleanclaim.app.workspace;

import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.remit.AdjustmentGroup;
import dev.cleanclaim.core.remit.DenialExplanation;
import dev.cleanclaim.store.PostedPayment;

import java.util.List;

/**
 * What the payers did with one claim: every payment posted to it with the denials explained, and the sums a
 * balance is made of.
 */
public record ClaimPayments(List<Explained> payments) {

    public ClaimPayments {
        payments = List.copyOf(payments);
    }

    public record Explained(PostedPayment posted, List<DenialExplanation> denials) {
        public Explained {
            denials = List.copyOf(denials);
        }
    }

    /** What the payers paid, reversals netted out. */
    public Money paid() {
        return payments.stream().map(payment -> payment.posted().payment().paid()).reduce(Money.ZERO, Money::plus);
    }

    /** What the payers say the patient owes, reversals netted out. */
    public Money patientResponsibility() {
        return payments.stream().map(payment -> payment.posted().payment().patientResponsibility())
                .reduce(Money.ZERO, Money::plus);
    }

    /** What the practice wrote off under contract or for other reasons (every group but patient responsibility). */
    public Money writtenOff() {
        return payments.stream().flatMap(payment -> payment.posted().payment().allAdjustments().stream())
                .filter(adjustment -> adjustment.group() != AdjustmentGroup.PR)
                .map(adjustment -> adjustment.amount()).reduce(Money.ZERO, Money::plus);
    }

    /** What of {@code charge} no payer has decided yet: neither paid, written off nor left to the patient. */
    public Money undecided(Money charge) {
        return charge.minus(paid()).minus(writtenOff()).minus(patientResponsibility());
    }

    public boolean any() {
        return !payments.isEmpty();
    }
}

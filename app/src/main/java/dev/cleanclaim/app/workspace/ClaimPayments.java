package dev.cleanclaim.app.workspace;

import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.remit.AdjustmentGroup;
import dev.cleanclaim.core.remit.ContractCheck;
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

    /** @param contract each line the practice has a contract price for, held against what the payer allowed */
    public record Explained(PostedPayment posted, List<DenialExplanation> denials, List<ContractCheck> contract) {
        public Explained {
            denials = List.copyOf(denials);
            contract = List.copyOf(contract);
        }

        public Explained(PostedPayment posted, List<DenialExplanation> denials) {
            this(posted, denials, List.of());
        }

        /** The lines the payer allowed less than the contract for. */
        public List<ContractCheck.Underpayment> underpayments() {
            return contract.stream().filter(ContractCheck.Underpayment.class::isInstance)
                    .map(ContractCheck.Underpayment.class::cast).toList();
        }
    }

    /** Every line of every payment the payer allowed less than the contract for. */
    public List<ContractCheck.Underpayment> underpayments() {
        return counted().flatMap(payment -> payment.underpayments().stream()).toList();
    }

    /** What the payers paid, reversals netted out. */
    public Money paid() {
        return counted().map(payment -> payment.posted().payment().paid()).reduce(Money.ZERO, Money::plus);
    }

    /** What the payers say the patient owes, reversals netted out. */
    public Money patientResponsibility() {
        return counted().map(payment -> payment.posted().payment().patientResponsibility())
                .reduce(Money.ZERO, Money::plus);
    }

    /** What the practice wrote off under contract or for other reasons (every group but patient responsibility). */
    public Money writtenOff() {
        return counted().flatMap(payment -> payment.posted().payment().allAdjustments().stream())
                .filter(adjustment -> adjustment.group() != AdjustmentGroup.PR)
                .map(adjustment -> adjustment.amount()).reduce(Money.ZERO, Money::plus);
    }

    /** What of {@code charge} no payer has decided yet: neither paid, written off nor left to the patient. */
    public Money undecided(Money charge) {
        return charge.minus(paid()).minus(writtenOff()).minus(patientResponsibility());
    }

    /** The payments that count: a payment staff reversed stays in the list, and in no sum. */
    private java.util.stream.Stream<Explained> counted() {
        return payments.stream().filter(payment -> payment.posted().reversed().isEmpty());
    }

    /** Whether any payment that counts answered the claim: a payer has decided something. */
    public boolean answered() {
        return counted().findAny().isPresent();
    }

    public boolean any() {
        return !payments.isEmpty();
    }
}

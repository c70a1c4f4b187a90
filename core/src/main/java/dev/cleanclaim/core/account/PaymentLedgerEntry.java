package dev.cleanclaim.core.account;

import dev.cleanclaim.core.money.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One patient payment as the ledger keeps it: the payment as taken, whether it was voided (entered by mistake: it
 * counts for nothing but stays on the record), and the refunds that gave part or all of it back.
 *
 * @param cardLastFour the last four digits of the card it was paid with, when paid by card
 */
public record PaymentLedgerEntry(long id, PatientPayment payment, Optional<String> cardLastFour, Optional<Voided> voided,
                                 List<Refund> refunds) {

    public PaymentLedgerEntry {
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(cardLastFour, "cardLastFour");
        Objects.requireNonNull(voided, "voided");
        refunds = List.copyOf(refunds);
    }

    /** Who voided a payment, when and why. */
    public record Voided(Instant at, String by, String reason) {
        public Voided {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Money given back from a payment: how, when, why and by whom. */
    public record Refund(long id, LocalDate refundedOn, Money amount, PatientPayment.Method method, String reason,
                         String by) {
        public Refund {
            Objects.requireNonNull(refundedOn, "refundedOn");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(by, "by");
            if (amount.cents() <= 0) {
                throw new IllegalArgumentException("a refund is more than $0.00, got $" + amount);
            }
        }
    }

    public Money refunded() {
        return refunds.stream().map(Refund::amount).reduce(Money.ZERO, Money::plus);
    }

    /** What may still be refunded: nothing of a voided payment, otherwise what the refunds left. */
    public Money remaining() {
        return voided.isPresent() ? Money.ZERO : payment.amount().minus(refunded());
    }

    /** What the payment still counts towards the account: its amount less refunds, none once voided or all refunded. */
    public Optional<PatientPayment> counted() {
        Money left = remaining();
        return left.cents() <= 0 ? Optional.empty()
                : Optional.of(new PatientPayment(payment.receivedOn(), left, payment.method(), payment.reference()));
    }
}

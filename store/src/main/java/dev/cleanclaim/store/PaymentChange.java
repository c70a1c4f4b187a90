package dev.cleanclaim.store;

import dev.cleanclaim.core.money.Money;

/** What became of a void or a refund of a patient payment: done, or refused with why; a refusal changes nothing. */
public sealed interface PaymentChange {

    record Done(long paymentId) implements PaymentChange {
    }

    /** No such payment on this patient's account. */
    record NotFound(long paymentId) implements PaymentChange {
    }

    /** The payment was voided already: it counts for nothing and nothing of it is left to give back. */
    record AlreadyVoided(long paymentId) implements PaymentChange {
    }

    /** Part of the payment was refunded: a void would undo money already given back, so refund the rest instead. */
    record PartlyRefunded(long paymentId, Money refunded) implements PaymentChange {
    }

    /** The refund asks for more than what remains of the payment. */
    record MoreThanRemains(long paymentId, Money remaining) implements PaymentChange {
    }
}

package dev.cleanclaim.forms;

import dev.cleanclaim.core.money.Money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A payment as the superbill lists it: when, how (in words, "HSA card ending 4242", "cash") and how much. An
 * HSA/FSA administrator or an out-of-network plan reimburses what was paid, so the superbill says how it was paid.
 */
public record SuperbillPayment(LocalDate receivedOn, String how, Money amount) {
    public SuperbillPayment {
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(how, "how");
        Objects.requireNonNull(amount, "amount");
    }
}

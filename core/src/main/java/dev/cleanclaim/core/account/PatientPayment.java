package dev.cleanclaim.core.account;

import dev.cleanclaim.core.money.Money;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Money a patient paid the practice: a copay at the desk, a statement paid by check, an HSA card. */
public record PatientPayment(LocalDate receivedOn, Money amount, Method method, Optional<String> reference) {

    public PatientPayment {
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(reference, "reference");
        if (amount.cents() <= 0) {
            throw new IllegalArgumentException("a payment is more than $0.00, got $" + amount);
        }
    }

    public enum Method {
        CASH, CHECK, CARD, HSA, FSA, OTHER;

        /** The words a statement and a page show: "HSA card" rather than "hsa". */
        public String label() {
            return switch (this) {
                case CASH -> "Cash";
                case CHECK -> "Check";
                case CARD -> "Card";
                case HSA -> "HSA card";
                case FSA -> "FSA card";
                case OTHER -> "Other";
            };
        }

        /** Paid with a card (a credit or debit card, or an HSA or FSA card): the last four digits may be kept. */
        public boolean byCard() {
            return this == CARD || this == HSA || this == FSA;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Method> parse(String text) {
            for (Method method : values()) {
                if (method.id().equalsIgnoreCase(text.trim())) {
                    return Optional.of(method);
                }
            }
            return Optional.empty();
        }
    }
}

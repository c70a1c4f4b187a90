package dev.cleanclaim.core.fees;

import dev.cleanclaim.core.money.Money;

import java.util.Objects;

/**
 * A self-pay session at a set price: a 60-minute massage (97124) at $95, whatever the four units would cost at the
 * unit fee. Insurance claims are always priced per unit.
 */
public record SessionPrice(String code, int minutes, Money price) {
    public SessionPrice {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(price, "price");
        if (minutes < 1 || minutes > 1440) {
            throw new IllegalArgumentException("a session lasts 1 to 1440 minutes, got " + minutes);
        }
    }
}

package dev.cleanclaim.app.reports;

import dev.cleanclaim.core.money.Money;

import java.util.Objects;

/** How many of something a report counted and what they came to. */
public record Tally(long count, Money amount) {

    public static final Tally ZERO = new Tally(0, Money.ZERO);

    public Tally {
        Objects.requireNonNull(amount, "amount");
    }

    /** One more, of this amount. */
    public Tally plus(Money more) {
        return new Tally(count + 1, amount.plus(more));
    }

    public Tally plus(Tally other) {
        return new Tally(count + other.count, amount.plus(other.amount));
    }
}

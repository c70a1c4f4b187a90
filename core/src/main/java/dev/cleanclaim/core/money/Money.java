package dev.cleanclaim.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount in US dollars, held as whole cents so that sums never drift. */
public record Money(long cents) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    /** Parses "40", "40.5" or "40.00"; more than two decimals is refused rather than rounded silently. */
    public static Money parse(String text) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an amount of money: \"" + text + "\"");
        }
        // 16 digits of dollars fit in a long of cents; checked before scaling, since 1e999999999 would take minutes
        if (amount.precision() - amount.scale() > 16) {
            throw new IllegalArgumentException("amount \"" + text + "\" is too large");
        }
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("more than two decimals in amount \"" + text + "\"");
        }
        return new Money(amount.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(cents, other.cents));
    }

    public Money negate() {
        return new Money(Math.negateExact(cents));
    }

    public Money times(int quantity) {
        return new Money(Math.multiplyExact(cents, quantity));
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(cents, 2);
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    /** Plain decimal with two places, as claims print money: "40.00". */
    @Override
    public String toString() {
        return toBigDecimal().toPlainString();
    }
}

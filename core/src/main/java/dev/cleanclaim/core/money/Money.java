package dev.cleanclaim.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** An amount in US dollars, held as whole cents so that sums never drift. */
public record Money(long cents) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    /**
     * What a person or file writes as dollars: ASCII digits, an optional minus and at most two decimals. Anything
     * else (Arabic-Indic or full-width digits, "1e2", "+5", ".5", "40.005", spaces) is refused rather than read as
     * some amount the writer may not have meant.
     */
    private static final Pattern DOLLARS = Pattern.compile("-?[0-9]+(\\.[0-9]{1,2})?");

    /** Parses "40", "40.5" or "40.00"; more than two decimals is refused rather than rounded silently. */
    public static Money parse(String text) {
        if (text == null || !DOLLARS.matcher(text).matches()) {
            if (text != null && text.matches("-?[0-9]+\\.[0-9]{3,}")) {
                throw new IllegalArgumentException("more than two decimals in amount \"" + text + "\"");
            }
            throw new IllegalArgumentException("not an amount of money: \"" + text + "\"; expected dollars such as 40.00");
        }
        return of(new BigDecimal(text));
    }

    /**
     * An exact decimal amount, e.g. one an 835 carries in X12's own number format (".5", "40.000"), which its reader
     * has checked; more than two significant decimals is refused rather than rounded.
     */
    public static Money of(BigDecimal amount) {
        // 16 digits of dollars fit in a long of cents; checked before scaling, since 1e999999999 would take minutes
        if (amount.precision() - amount.scale() > 16) {
            throw new IllegalArgumentException("amount \"" + amount + "\" is too large");
        }
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("more than two decimals in amount \"" + amount + "\"");
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

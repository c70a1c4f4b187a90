package dev.cleanclaim.app.web.report;

import dev.cleanclaim.app.reports.Tally;
import dev.cleanclaim.core.money.Money;

import java.math.BigDecimal;
import java.util.Locale;

/** How report pages write numbers: dollars with thousands separators, exact to the cent (no floating point). */
final class Formats {

    private Formats() {
    }

    static String dollars(Money money) {
        String amount = String.format(Locale.US, "%,.2f", money.toBigDecimal().abs());
        return money.cents() < 0 ? "-$" + amount : "$" + amount;
    }

    static String dollarsOfCents(long cents) {
        return dollars(new Money(cents));
    }

    static String count(long count) {
        return String.format(Locale.US, "%,d", count);
    }

    static String percent(BigDecimal rate) {
        return rate.toPlainString() + "%";
    }

    /** A rate drawn in a chart as tenths of a percent, back in words: 667 is "66.7%". */
    static String percentOfTenths(long tenths) {
        return BigDecimal.valueOf(tenths, 1).toPlainString() + "%";
    }

    static String minutes(long minutes) {
        return count(minutes) + " min";
    }

    /** "2 · $56.96", or nothing at all for none, so a table of many verdicts reads at a glance. */
    static String tally(Tally tally) {
        return tally.count() == 0 ? "" : count(tally.count()) + " · " + dollars(tally.amount());
    }
}

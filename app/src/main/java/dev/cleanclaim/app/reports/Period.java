package dev.cleanclaim.app.reports;

import java.time.LocalDate;
import java.util.Objects;

/** The dates of service a report covers, both days included. */
public record Period(LocalDate from, LocalDate through) {

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(through, "through");
        if (through.isBefore(from)) {
            throw new IllegalArgumentException("a period ends (" + through + ") before it starts (" + from + ")");
        }
    }

    /** The twelve months up to and including today: what a report shows unless asked for other dates. */
    public static Period lastTwelveMonths(LocalDate today) {
        return new Period(today.minusYears(1).plusDays(1), today);
    }

    @Override
    public String toString() {
        return from + " to " + through;
    }
}

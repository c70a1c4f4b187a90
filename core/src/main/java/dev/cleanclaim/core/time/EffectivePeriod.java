package dev.cleanclaim.core.time;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The dates a piece of rule data is in force, both ends inclusive.
 * An absent start means "in force before any date cleanclaim bills"; an absent end means "still in force".
 * Held as epoch days because every rule of every claim asks it, many times a claim.
 */
public final class EffectivePeriod {

    public static final EffectivePeriod ALWAYS = new EffectivePeriod(null, null);

    private final LocalDate from;
    private final LocalDate through;
    private final long fromDay;
    private final long throughDay;

    private EffectivePeriod(LocalDate from, LocalDate through) {
        if (from != null && through != null && through.isBefore(from)) {
            throw new IllegalArgumentException("period ends " + through + " before it starts " + from);
        }
        this.from = from;
        this.through = through;
        this.fromDay = from == null ? Long.MIN_VALUE : from.toEpochDay();
        this.throughDay = through == null ? Long.MAX_VALUE : through.toEpochDay();
    }

    /** Either end may be null: open. */
    public static EffectivePeriod of(LocalDate from, LocalDate through) {
        return from == null && through == null ? ALWAYS : new EffectivePeriod(from, through);
    }

    public Optional<LocalDate> from() {
        return Optional.ofNullable(from);
    }

    public Optional<LocalDate> through() {
        return Optional.ofNullable(through);
    }

    public boolean startsAfter(LocalDate date) {
        return fromDay > date.toEpochDay();
    }

    public boolean endsBefore(LocalDate date) {
        return throughDay < date.toEpochDay();
    }

    public boolean contains(LocalDate date) {
        return contains(date.toEpochDay());
    }

    /** Same as {@link #contains(LocalDate)} for a date already turned into its epoch day. */
    public boolean contains(long epochDay) {
        return fromDay <= epochDay && epochDay <= throughDay;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EffectivePeriod period && Objects.equals(from, period.from) && Objects.equals(through, period.through);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, through);
    }

    @Override
    public String toString() {
        return (from == null ? "open" : from.toString()) + ".." + (through == null ? "open" : through.toString());
    }
}

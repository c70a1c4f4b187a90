package dev.cleanclaim.core.time;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The dates a piece of rule data is in force, both ends inclusive.
 * An absent start means "in force before any date cleanclaim bills"; an absent end means "still in force".
 */
public record EffectivePeriod(Optional<LocalDate> from, Optional<LocalDate> through) {

    public static final EffectivePeriod ALWAYS = new EffectivePeriod(Optional.empty(), Optional.empty());

    public EffectivePeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(through, "through");
        if (from.isPresent() && through.isPresent() && through.get().isBefore(from.get())) {
            throw new IllegalArgumentException("period ends " + through.get() + " before it starts " + from.get());
        }
    }

    public static EffectivePeriod of(LocalDate from, LocalDate through) {
        return new EffectivePeriod(Optional.ofNullable(from), Optional.ofNullable(through));
    }

    public boolean startsAfter(LocalDate date) {
        return from.map(start -> start.isAfter(date)).orElse(false);
    }

    public boolean endsBefore(LocalDate date) {
        return through.map(end -> end.isBefore(date)).orElse(false);
    }

    public boolean contains(LocalDate date) {
        return !startsAfter(date) && !endsBefore(date);
    }
}

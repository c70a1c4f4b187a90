package dev.cleanclaim.core.dx;

import dev.cleanclaim.core.time.EffectivePeriod;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The ICD-10-CM years rule data holds. A year is loaded only when a visit first needs it, since one year is
 * ~98,000 codes and most commands never look at a diagnosis.
 */
public final class DiagnosisCodeSets {

    /** A year cleanclaim can load: its name, dates and how to read it. */
    public record Year(String name, EffectivePeriod period, Supplier<DiagnosisCodeSet> loader) {
    }

    /** The set to check a date against; {@code exact} is false when no loaded year covers the date. */
    public record Selection(DiagnosisCodeSet codeSet, boolean exact) {
    }

    private final List<Year> years;
    private final Supplier<DiagnosisHistory> history;
    // Filled on first use of each year; written under the lock, read without it (a set is immutable once built).
    private final DiagnosisCodeSet[] loaded;

    public DiagnosisCodeSets(List<Year> years) {
        this(years, () -> null);
    }

    /** @param history every code's fiscal years, read when a finding first needs them; may supply null (none kept) */
    public DiagnosisCodeSets(List<Year> years, Supplier<DiagnosisHistory> history) {
        if (years.isEmpty()) {
            throw new IllegalArgumentException("rule data must hold at least one ICD-10-CM year");
        }
        this.years = years.stream()
                .sorted(Comparator.comparing(year -> year.period().from().orElse(LocalDate.MIN)))
                .toList();
        this.history = history;
        this.loaded = new DiagnosisCodeSet[years.size()];
    }

    /**
     * The year in force on the date, or else the nearest year (the caller warns that it is not exact). Where periods
     * overlap, the one that started last wins: a mid-year update imported over its October release.
     */
    public Selection forDate(LocalDate dateOfService) {
        long day = dateOfService.toEpochDay();
        for (int i = years.size() - 1; i >= 0; i--) {
            if (years.get(i).period().contains(day)) {
                return new Selection(load(i), true);
            }
        }
        return new Selection(load(nearest(day)), false);
    }

    /** Every code's fiscal years, when rule data keeps them, to say in which years a code was billable. */
    public Optional<DiagnosisHistory> history() {
        return Optional.ofNullable(history.get());
    }

    // The year fewest days away; on a tie the later one, since codes are more often added than deleted.
    private int nearest(long day) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < years.size(); i++) {
            EffectivePeriod period = years.get(i).period();
            long before = period.from().map(from -> from.toEpochDay() - day).orElse(Long.MIN_VALUE);
            long after = period.through().map(through -> day - through.toEpochDay()).orElse(Long.MIN_VALUE);
            long distance = Math.max(Math.max(before, after), 0);
            if (distance <= bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }

    private DiagnosisCodeSet load(int index) {
        DiagnosisCodeSet set = loaded[index];
        if (set == null) {
            synchronized (loaded) {
                set = loaded[index];
                if (set == null) {
                    set = years.get(index).loader().get();
                    loaded[index] = set;
                }
            }
        }
        return set;
    }
}

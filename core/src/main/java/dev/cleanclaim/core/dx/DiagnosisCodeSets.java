package dev.cleanclaim.core.dx;

import dev.cleanclaim.core.time.EffectivePeriod;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
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
    // Filled on first use of each year; written under the lock, read without it (a set is immutable once built).
    private final DiagnosisCodeSet[] loaded;

    public DiagnosisCodeSets(List<Year> years) {
        if (years.isEmpty()) {
            throw new IllegalArgumentException("rule data must hold at least one ICD-10-CM year");
        }
        this.years = years.stream()
                .sorted(Comparator.comparing(year -> year.period().from().orElse(LocalDate.MIN)))
                .toList();
        this.loaded = new DiagnosisCodeSet[years.size()];
    }

    /** The year in force on the date, or else the nearest year (the caller warns that it is not exact). */
    public Selection forDate(LocalDate dateOfService) {
        long day = dateOfService.toEpochDay();
        for (int i = 0; i < years.size(); i++) {
            if (years.get(i).period().contains(day)) {
                return new Selection(load(i), true);
            }
        }
        int nearest = years.get(0).period().startsAfter(dateOfService) ? 0 : years.size() - 1;
        return new Selection(load(nearest), false);
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

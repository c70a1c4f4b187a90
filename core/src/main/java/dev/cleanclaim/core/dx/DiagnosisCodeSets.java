package dev.cleanclaim.core.dx;

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
    public record Year(String name, dev.cleanclaim.core.time.EffectivePeriod period, Supplier<DiagnosisCodeSet> loader) {
    }

    /** The set to check a date against; {@code exact} is false when no loaded year covers the date. */
    public record Selection(DiagnosisCodeSet codeSet, boolean exact) {
    }

    private final List<Year> years;
    private final java.util.Map<String, DiagnosisCodeSet> loaded = new java.util.concurrent.ConcurrentHashMap<>();

    public DiagnosisCodeSets(List<Year> years) {
        if (years.isEmpty()) {
            throw new IllegalArgumentException("rule data must hold at least one ICD-10-CM year");
        }
        this.years = years.stream()
                .sorted(Comparator.comparing(year -> year.period().from().orElse(LocalDate.MIN)))
                .toList();
    }

    /** The year in force on the date, or else the nearest year (the caller warns that it is not exact). */
    public Selection forDate(LocalDate dateOfService) {
        for (Year year : years) {
            if (year.period().contains(dateOfService)) {
                return new Selection(load(year), true);
            }
        }
        Year nearest = years.get(0).period().startsAfter(dateOfService) ? years.get(0) : years.get(years.size() - 1);
        return new Selection(load(nearest), false);
    }

    private DiagnosisCodeSet load(Year year) {
        return loaded.computeIfAbsent(year.name(), name -> year.loader().get());
    }
}

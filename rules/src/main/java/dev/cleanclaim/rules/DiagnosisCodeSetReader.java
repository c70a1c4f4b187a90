package dev.cleanclaim.rules;

import dev.cleanclaim.core.dx.DiagnosisCodeSet;
import dev.cleanclaim.core.dx.DiagnosisCodeSets;
import dev.cleanclaim.core.dx.DiagnosisHistory;
import dev.cleanclaim.core.time.EffectivePeriod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads icd10cm/years.csv, which lists each ICD-10-CM year (or mid-year update) with its dates and its file, and
 * icd10cm/imported.csv, the years `cleanclaim import icd10cm` added to a rule folder (one imported for the same first
 * day replaces the built-in one). A year's file is read only when a visit first needs it. A year whose file is
 * history.csv is rebuilt from every code's fiscal years and the mid-year changes; its descriptions are borrowed from
 * the first year with a file of its own (codes deleted before that year have none).
 */
final class DiagnosisCodeSetReader {

    static final String YEARS = "icd10cm/years.csv";
    static final String IMPORTED = "icd10cm/imported.csv";
    private static final String HISTORY_FILE = "history.csv";

    private DiagnosisCodeSetReader() {
    }

    /** One row of years.csv or imported.csv. */
    private record Listed(String name, String file, EffectivePeriod period) {
        LocalDate from() {
            return period.from().orElse(LocalDate.MIN);
        }

        boolean fromHistory() {
            return file.equals("icd10cm/" + HISTORY_FILE);
        }
    }

    static DiagnosisCodeSets read(RuleDataSource source) {
        Map<LocalDate, Listed> byStart = new LinkedHashMap<>();
        listed(source, YEARS).forEach(year -> byStart.put(year.from(), year));
        if (source.exists(IMPORTED)) {
            listed(source, IMPORTED).forEach(year -> byStart.put(year.from(), year));
        }
        Supplier<DiagnosisHistory> history = new Memo<>(() -> DiagnosisHistoryReader.read(source));
        Map<String, Supplier<DiagnosisCodeSet>> files = new LinkedHashMap<>();
        List<Listed> sorted = byStart.values().stream().sorted(Comparator.comparing(Listed::from)).toList();
        for (Listed year : sorted) {
            if (!year.fromHistory()) {
                files.putIfAbsent(year.file(), new Memo<>(() -> readYear(source, year)));
            }
        }
        Optional<Supplier<DiagnosisCodeSet>> describer = files.values().stream().findFirst();
        List<DiagnosisCodeSets.Year> years = new ArrayList<>();
        for (Listed year : sorted) {
            Supplier<DiagnosisCodeSet> loader = year.fromHistory()
                    ? () -> fromHistory(year, history.get(), describer)
                    : files.get(year.file());
            years.add(new DiagnosisCodeSets.Year(year.name(), year.period(), loader));
        }
        boolean keepsHistory = source.exists(DiagnosisHistoryReader.HISTORY) && source.exists(DiagnosisHistoryReader.MIDYEAR);
        if (!keepsHistory && sorted.stream().anyMatch(Listed::fromHistory)) {
            throw new RuleDataException(source.describe(DiagnosisHistoryReader.MIDYEAR), "is missing; the years rebuilt from "
                    + DiagnosisHistoryReader.HISTORY + " need it");
        }
        return new DiagnosisCodeSets(years, keepsHistory ? history : () -> null);
    }

    private static List<Listed> listed(RuleDataSource source, String list) {
        List<Listed> years = new ArrayList<>();
        CsvRows.forEach(source, list, List.of("name", "file", "effective_from", "effective_through"), row -> {
            String file = "icd10cm/" + row.required("file");
            if (!source.exists(file)) {
                throw new RuleDataException(row.location(), "names " + file + ", which is not in the rule data");
            }
            LocalDate from = row.dateOrNull("effective_from");
            if (from == null) {
                throw new RuleDataException(row.location(), "column effective_from is empty");
            }
            years.add(new Listed(row.required("name"), file, EffectivePeriod.of(from, row.dateOrNull("effective_through"))));
        });
        return years;
    }

    private static DiagnosisCodeSet readYear(RuleDataSource source, Listed year) {
        List<DiagnosisCodeSet.Entry> entries = new ArrayList<>(100_000);
        CsvRows.forEach(source, year.file(), List.of("code", "billable", "description"), row -> entries.add(
                new DiagnosisCodeSet.Entry(row.required("code"), row.bool("billable"), row.required("description"))));
        return new DiagnosisCodeSet(year.name(), year.period(), entries);
    }

    private static DiagnosisCodeSet fromHistory(Listed year, DiagnosisHistory history,
                                                Optional<Supplier<DiagnosisCodeSet>> describer) {
        DiagnosisCodeSet descriptions = describer.map(Supplier::get).orElse(null);
        return new DiagnosisCodeSet(year.name(), year.period(), history.entriesOn(year.from(), code -> descriptions == null
                ? null : descriptions.find(code).map(DiagnosisCodeSet.Entry::description).orElse(null)));
    }

    /** Computes once, on first use, from any thread. */
    private static final class Memo<T> implements Supplier<T> {
        private final Supplier<T> compute;
        private volatile T value;

        Memo(Supplier<T> compute) {
            this.compute = compute;
        }

        @Override
        public T get() {
            T seen = value;
            if (seen == null) {
                synchronized (this) {
                    seen = value;
                    if (seen == null) {
                        seen = compute.get();
                        value = seen;
                    }
                }
            }
            return seen;
        }
    }
}

package dev.cleanclaim.rules;

import dev.cleanclaim.core.dx.DiagnosisCodeSet;
import dev.cleanclaim.core.dx.DiagnosisCodeSets;
import dev.cleanclaim.core.time.EffectivePeriod;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads icd10cm/years.csv, which lists each ICD-10-CM fiscal year and its file; the year files themselves are
 * read only when a visit first needs them. A new year drops in as one more row and one more file.
 */
final class DiagnosisCodeSetReader {

    static final String YEARS = "icd10cm/years.csv";

    private DiagnosisCodeSetReader() {
    }

    static DiagnosisCodeSets read(RuleDataSource source) {
        List<DiagnosisCodeSets.Year> years = new ArrayList<>();
        CsvRows.forEach(source, YEARS, List.of("name", "file", "effective_from", "effective_through"), row -> {
            String name = row.required("name");
            String file = "icd10cm/" + row.required("file");
            EffectivePeriod period = EffectivePeriod.of(row.dateOrNull("effective_from"), row.dateOrNull("effective_through"));
            years.add(new DiagnosisCodeSets.Year(name, period, () -> readYear(source, file, name, period)));
        });
        return new DiagnosisCodeSets(years);
    }

    private static DiagnosisCodeSet readYear(RuleDataSource source, String file, String name, EffectivePeriod period) {
        List<DiagnosisCodeSet.Entry> entries = new ArrayList<>(100_000);
        CsvRows.forEach(source, file, List.of("code", "billable", "description"), row -> entries.add(
                new DiagnosisCodeSet.Entry(row.required("code"), row.bool("billable"), row.required("description"))));
        return new DiagnosisCodeSet(name, period, entries);
    }
}

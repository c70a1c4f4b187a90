package dev.cleanclaim.rules;

import dev.cleanclaim.core.dx.DiagnosisCodeSet;
import dev.cleanclaim.core.dx.DiagnosisHistory;
import dev.cleanclaim.core.dx.FiscalYear;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads icd10cm/history.csv (each code's runs of fiscal years with one billable flag) and
 * icd10cm/midyear-changes.csv (the codes that changed on a date other than October 1).
 */
final class DiagnosisHistoryReader {

    static final String HISTORY = "icd10cm/history.csv";
    static final String MIDYEAR = "icd10cm/midyear-changes.csv";

    private DiagnosisHistoryReader() {
    }

    static DiagnosisHistory read(RuleDataSource source) {
        List<DiagnosisHistory.Run> runs = new ArrayList<>(100_000);
        CsvRows.forEach(source, HISTORY, List.of("code", "fy_from", "fy_to", "billable"), row -> runs.add(
                new DiagnosisHistory.Run(row.required("code"), year(row, "fy_from"), year(row, "fy_to"), row.bool("billable"))));
        List<DiagnosisHistory.MidYearChange> changes = new ArrayList<>();
        CsvRows.forEach(source, MIDYEAR, List.of("code", "fy", "effective", "billable_before", "billable_after"), row -> {
            if (row.dateOrNull("effective") == null) {
                throw new RuleDataException(row.location(), "column effective is empty");
            }
            changes.add(new DiagnosisHistory.MidYearChange(row.required("code"), new FiscalYear(year(row, "fy")),
                    row.dateOrNull("effective"), presence(row, "billable_before"), presence(row, "billable_after")));
        });
        return new DiagnosisHistory(runs, changes);
    }

    private static int year(CsvRows.Row row, String column) {
        String text = row.required(column);
        if (!text.matches("20\\d\\d")) {
            throw new RuleDataException(row.location(), "column " + column + " must be a fiscal year such as 2022, got \"" + text + "\"");
        }
        return Integer.parseInt(text);
    }

    // blank: not a code then; true: billable; false: a header
    private static DiagnosisCodeSet.Presence presence(CsvRows.Row row, String column) {
        if (row.text(column).isEmpty()) {
            return DiagnosisCodeSet.Presence.UNKNOWN;
        }
        return row.bool(column) ? DiagnosisCodeSet.Presence.BILLABLE : DiagnosisCodeSet.Presence.HEADER;
    }
}

package dev.cleanclaim.rules;

import dev.cleanclaim.core.ncci.MueEdit;
import dev.cleanclaim.core.ncci.MueEditions;
import dev.cleanclaim.core.ncci.MueTable;
import dev.cleanclaim.core.ncci.NcciQuarter;
import dev.cleanclaim.core.ncci.PackedPtpTable;
import dev.cleanclaim.core.ncci.PtpTable;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Reads the built-in NCCI extracts (CSV): PTP edits with deletion date, indicator and rationale (the extract has
 * no effective date: edits count from the start), and the MUE tables listed in ncci/mue-editions.csv, each with
 * its values and adjudication indicators, in force from its effective date.
 */
final class NcciCsvReader {

    static final String PTP = "ncci/ptp-practitioner-2024q3.csv";
    static final String MUE_EDITIONS = "ncci/mue-editions.csv";

    private NcciCsvReader() {
    }

    static PtpTable ptp(RuleDataSource source, String edition, NcciQuarter quarter) {
        PackedPtpTable.Builder builder = new PackedPtpTable.Builder();
        CsvRows.forEach(source, PTP, List.of("column_1", "column_2", "deletion_date", "modifier_indicator", "ptp_edit_rationale"),
                row -> {
                    if (!builder.add(row.required("column_1"), row.required("column_2"), null, row.dateOrNull("deletion_date"),
                            NcciValues.modifierIndicator(row.required("modifier_indicator"), row.location()), row.text("ptp_edit_rationale"))) {
                        throw new RuleDataException(row.location(), "codes must be five digits or capital letters");
                    }
                });
        return builder.build(edition, quarter);
    }

    /**
     * The MUE tables by effective date. An imported table whose effective date the import learned joins them (in
     * place of a built-in one of the same date); one imported without a date replaces them all, for every date.
     */
    static MueEditions mue(RuleDataSource source) {
        List<MueTable> tables = new ArrayList<>();
        CsvRows.forEach(source, MUE_EDITIONS, List.of("edition", "file", "effective_from"), row -> {
            LocalDate effective = row.dateOrNull("effective_from");
            if (effective == null) {
                throw new RuleDataException(row.location(), "column effective_from is empty");
            }
            tables.add(mueTable(source, "ncci/" + row.required("file"), row.required("edition"), effective));
        });
        if (!source.exists(BuiltInRuleData.IMPORTED_MUE)) {
            return new MueEditions(tables);
        }
        Properties imported = source.exists(RuleStore.IMPORTED_EDITIONS)
                ? Manifest.properties(source, RuleStore.IMPORTED_EDITIONS) : new Properties();
        String edition = imported.getProperty("ncci.mue.edition", "CMS NCCI MUE practitioner services (imported)");
        String effective = imported.getProperty("ncci.mue.effective", "").trim();
        if (effective.isEmpty()) {
            return new MueEditions(List.of(mueTable(source, BuiltInRuleData.IMPORTED_MUE, edition, LocalDate.MIN)));
        }
        LocalDate from = date(effective, source.describe(RuleStore.IMPORTED_EDITIONS));
        tables.removeIf(table -> table.effective().equals(from));
        tables.add(mueTable(source, BuiltInRuleData.IMPORTED_MUE, edition, from));
        return new MueEditions(tables);
    }

    private static MueTable mueTable(RuleDataSource source, String file, String edition, LocalDate effective) {
        List<MueEdit> edits = new ArrayList<>();
        CsvRows.forEach(source, file, List.of("hcpcs_cpt_code", "practitioner_services_mue_value",
                "mue_adjudication_indicator", "mue_rationale"), row -> edits.add(new MueEdit(row.required("hcpcs_cpt_code"),
                whole(row.required("practitioner_services_mue_value"), row.location()),
                NcciValues.adjudication(row.required("mue_adjudication_indicator"), row.location()), row.text("mue_rationale"))));
        return new MueTable(edits, edition, effective);
    }

    private static LocalDate date(String text, String location) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RuleDataException(location, "ncci.mue.effective must be a date YYYY-MM-DD, got \"" + text + "\"");
        }
    }

    static int whole(String text, String location) {
        try {
            int value = new java.math.BigDecimal(text.trim()).intValueExact();
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // reported below
        }
        throw new RuleDataException(location, "MUE value must be a whole number of units, got \"" + text + "\"");
    }
}

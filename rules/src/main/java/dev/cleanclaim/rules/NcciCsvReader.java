package dev.cleanclaim.rules;

import dev.cleanclaim.core.ncci.MueEdit;
import dev.cleanclaim.core.ncci.MueTable;
import dev.cleanclaim.core.ncci.PackedPtpTable;
import dev.cleanclaim.core.ncci.PtpTable;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the built-in NCCI extracts (CSV): PTP edits with deletion date, indicator and rationale (the extract has
 * no effective date: edits count from the start), and MUE values with their adjudication indicator.
 */
final class NcciCsvReader {

    static final String PTP = "ncci/ptp-practitioner-2024q3.csv";
    static final String MUE = "ncci/mue-practitioner-2024q3.csv";

    private NcciCsvReader() {
    }

    static PtpTable ptp(RuleDataSource source, String edition) {
        PackedPtpTable.Builder builder = new PackedPtpTable.Builder();
        CsvRows.forEach(source, PTP, List.of("column_1", "column_2", "deletion_date", "modifier_indicator", "ptp_edit_rationale"),
                row -> {
                    if (!builder.add(row.required("column_1"), row.required("column_2"), null, row.dateOrNull("deletion_date"),
                            NcciValues.modifierIndicator(row.required("modifier_indicator"), row.location()), row.text("ptp_edit_rationale"))) {
                        throw new RuleDataException(row.location(), "codes must be five digits or capital letters");
                    }
                });
        return builder.build(edition);
    }

    static MueTable mue(RuleDataSource source, String file, String edition) {
        List<MueEdit> edits = new ArrayList<>();
        CsvRows.forEach(source, file, List.of("hcpcs_cpt_code", "practitioner_services_mue_value",
                "mue_adjudication_indicator", "mue_rationale"), row -> edits.add(new MueEdit(row.required("hcpcs_cpt_code"),
                whole(row.required("practitioner_services_mue_value"), row.location()),
                NcciValues.adjudication(row.required("mue_adjudication_indicator"), row.location()), row.text("mue_rationale"))));
        return new MueTable(edits, edition);
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

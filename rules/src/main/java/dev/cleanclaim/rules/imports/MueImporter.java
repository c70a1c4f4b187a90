package dev.cleanclaim.rules.imports;

import dev.cleanclaim.rules.BuiltInRuleData;
import dev.cleanclaim.rules.NcciValues;
import dev.cleanclaim.rules.RuleDataException;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Imports the CMS practitioner MUE file (CSV or XLSX, with its preamble) into a rule folder, in the layout
 * {@code HCPCS/CPT Code | Practitioner Services MUE Values | MUE Adjudication Indicator | MUE Rationale}.
 */
public final class MueImporter {

    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{5}");

    /** What an import did. */
    public record Report(int rows, String edition, Path table) {
    }

    private MueImporter() {
    }

    public static Report importFile(Path file, Path rulesRoot) {
        List<String[]> rows = new ArrayList<>();
        SourceRows.read(file, (cells, location) -> {
            List<String> fields = SpreadsheetCodes.restore(cells, 1);
            if (fields.size() >= 3 && CODE.matcher(fields.get(0)).matches()) {
                String units = fields.get(1);
                String indicator = fields.get(2);
                if (!units.matches("\\d+")) {
                    throw new RuleDataException(location, "MUE value must be a whole number of units, got \"" + units + "\"");
                }
                NcciValues.adjudication(indicator, location);
                rows.add(new String[] {fields.get(0), units, indicator, fields.size() > 3 ? fields.get(3) : ""});
            }
        });
        if (rows.isEmpty()) {
            throw new RuleDataException(file.toString(), "holds no MUE rows; is it the practitioner services MUE file?");
        }
        Path target = rulesRoot.resolve(BuiltInRuleData.IMPORTED_MUE);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), "mue", ".tmp");
            try (Writer writer = Files.newBufferedWriter(temporary)) {
                writer.write("hcpcs_cpt_code,practitioner_services_mue_value,mue_adjudication_indicator,mue_rationale\n");
                for (String[] row : rows) {
                    writer.write(row[0] + "," + row[1] + "," + quote(row[2]) + "," + quote(row[3]) + "\n");
                }
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new RuleDataException(target.toString(), "cannot be written: " + e.getMessage(), e);
        }
        String edition = "CMS NCCI MUE imported from " + file.getFileName();
        ImportedEditions.record(rulesRoot, "ncci.mue.edition", edition);
        return new Report(rows.size(), edition, target);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}

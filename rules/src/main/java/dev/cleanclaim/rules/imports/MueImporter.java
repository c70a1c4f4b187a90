package dev.cleanclaim.rules.imports;

import dev.cleanclaim.rules.BuiltInRuleData;
import dev.cleanclaim.rules.NcciValues;
import dev.cleanclaim.rules.RuleDataException;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports the CMS practitioner MUE file (CSV or XLSX, with its preamble) into a rule folder, in the layout
 * {@code HCPCS/CPT Code | Practitioner Services MUE Values | MUE Adjudication Indicator | MUE Rationale}.
 */
public final class MueImporter {

    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{5}");

    private static final Pattern EFFECTIVE_IN_NAME = Pattern.compile("(?i)Eff_(\\d{2})-(\\d{2})-(\\d{4})");

    /**
     * What an import did.
     *
     * @param effective the first date of service the table is for; empty when unknown (it then serves every date)
     */
    public record Report(int rows, String edition, Optional<LocalDate> effective, Path table) {
    }

    private MueImporter() {
    }

    /** Imports the file, in force from the date in CMS's name ("MCR_MUE_PractitionerServices_Eff_04-01-2026.csv"). */
    public static Report importFile(Path file, Path rulesRoot) {
        return importFile(file, rulesRoot, Optional.empty());
    }

    /**
     * @param effective the date the table takes effect, when the user says so; else the date in the file's name. With
     *                  neither, the table replaces the built-in ones for every date of service.
     */
    public static Report importFile(Path file, Path rulesRoot, Optional<LocalDate> effective) {
        Optional<LocalDate> from = effective.or(() -> effectiveInName(file));
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
        // blank, not absent, when unknown: a date an earlier import recorded must not outlive its table
        ImportedEditions.record(rulesRoot, "ncci.mue.effective", from.map(LocalDate::toString).orElse(""));
        return new Report(rows.size(), edition, from, target);
    }

    static Optional<LocalDate> effectiveInName(Path file) {
        Matcher matcher = EFFECTIVE_IN_NAME.matcher(file.getFileName().toString());
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(1)),
                    Integer.parseInt(matcher.group(2))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}

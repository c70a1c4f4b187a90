package dev.cleanclaim.rules.imports;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.cleanclaim.core.dx.FiscalYear;
import dev.cleanclaim.rules.RuleDataException;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports CMS's ICD-10-CM order file of any year ({@code icd10cm_order_2028.txt}, or the code-descriptions ZIP that
 * holds it) into a rule folder as one more year: {@code icd10cm/imported/icd10cm_fy2028.csv}, listed in
 * {@code icd10cm/imported.csv} with its dates, in the layout of the built-in years. The order file is fixed-width:
 * order number (5), the code without its dot (7), 1 billable or 0 header, short description (60), long description.
 * It is the file with the header codes too; the codes file (billable codes only) cannot say "code to a higher
 * specificity", so it is refused.
 */
public final class Icd10cmImporter {

    private static final Pattern ROW = Pattern.compile("\\d{5} ([A-Z][0-9A-Z][0-9A-Z][0-9A-Z ]{4}) ([01]) (.*)");
    private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");
    /** Where the long description starts in a row: after order number, code, flag and the 60-character short one. */
    private static final int LONG_DESCRIPTION = 77;

    /** What an import did: the year's name and dates, and how many codes it holds. */
    public record Report(String name, LocalDate from, LocalDate through, int codes, int billable, Path table) {
    }

    private Icd10cmImporter() {
    }

    /**
     * @param fiscalYear the year the file is for; else the year in its name ("icd10cm_order_2028.txt")
     * @param from       the first day it is in force, for a mid-year update; else October 1 starting the fiscal year,
     *                   or April 1 when the file's name says April
     */
    public static Report importFile(Path file, Path rulesRoot, Optional<Integer> fiscalYear, Optional<LocalDate> from) {
        FiscalYear year = new FiscalYear(fiscalYear.or(() -> yearInName(file)).orElseThrow(() -> new RuleDataException(
                file.toString(), "does not name its fiscal year; give it with --fiscal-year")));
        LocalDate first = from.orElseGet(() -> file.getFileName().toString().toLowerCase(Locale.ROOT).contains("april")
                ? LocalDate.of(year.year(), 4, 1) : year.firstDay());
        if (first.isBefore(year.firstDay()) || first.isAfter(year.lastDay())) {
            throw new RuleDataException(file.toString(), first + " is not in " + year + " (" + year.firstDay() + " to "
                    + year.lastDay() + ")");
        }
        List<String[]> rows = read(file);
        String name = "ICD-10-CM " + year + (first.equals(year.firstDay()) ? "" : " (update of " + first + ")");
        String fileName = "imported/icd10cm_" + year.toString().toLowerCase(Locale.ROOT)
                + (first.equals(year.firstDay()) ? "" : "_" + first) + ".csv";
        Path table = rulesRoot.resolve("icd10cm").resolve(fileName);
        writeAtomically(table, rows, List.of("code", "billable", "description"));
        ImportedYears.record(rulesRoot.resolve("icd10cm").resolve("imported.csv"), name, fileName, first, year.lastDay());
        int billable = (int) rows.stream().filter(row -> row[1].equals("true")).count();
        return new Report(name, first, year.lastDay(), rows.size(), billable, table);
    }

    private static List<String[]> read(Path file) {
        List<String[]> rows = new ArrayList<>(100_000);
        Set<String> seen = new HashSet<>(200_000);
        SourceRows.read(file, Icd10cmImporter::isOrderFile, (fields, location) -> {
            String line = String.join("\t", fields);
            if (line.isBlank()) {
                return;
            }
            Matcher matcher = ROW.matcher(line);
            if (fields.size() != 1 || !matcher.matches()) {
                throw new RuleDataException(location, "expected a row of CMS's ICD-10-CM order file (order number, code,"
                        + " 0 or 1, descriptions), got \"" + abbreviated(line) + "\"; import icd10cm_order_YYYY.txt, not"
                        + " the codes file");
            }
            String code = dotted(matcher.group(1).trim());
            if (!seen.add(code)) {
                throw new RuleDataException(location, code + " is listed twice");
            }
            String description = line.length() > LONG_DESCRIPTION ? line.substring(LONG_DESCRIPTION).trim() : matcher.group(3).trim();
            rows.add(new String[] {code, matcher.group(2).equals("1") ? "true" : "false", description});
        });
        if (rows.isEmpty()) {
            throw new RuleDataException(file.toString(), "holds no ICD-10-CM order-file rows; is it icd10cm_order_YYYY.txt"
                    + " or CMS's code-descriptions ZIP?");
        }
        return rows;
    }

    // CMS's ZIP also holds the codes file and the addenda, in other layouts.
    private static boolean isOrderFile(String entry) {
        String name = Path.of(entry).getFileName().toString().toLowerCase(Locale.ROOT);
        return name.contains("order") && !name.contains("addenda");
    }

    static Optional<Integer> yearInName(Path file) {
        Matcher matcher = YEAR_IN_NAME.matcher(file.getFileName().toString());
        return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    // The order file writes "M5450"; claims and rule data write "M54.50".
    private static String dotted(String code) {
        return code.length() > 3 ? code.substring(0, 3) + "." + code.substring(3) : code;
    }

    private static String abbreviated(String line) {
        return line.length() > 60 ? line.substring(0, 60) + "..." : line;
    }

    /** Writes to a temporary file and moves it into place, so a failed import leaves the previous file whole. */
    static void writeAtomically(Path target, List<String[]> rows, List<String> header) {
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), "icd10cm", ".tmp");
            try {
                try (Writer writer = Files.newBufferedWriter(temporary);
                     CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(writer)) {
                    csv.writeRecord(header);
                    for (String[] row : rows) {
                        csv.writeRecord(row);
                    }
                }
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new RuleDataException(target.toString(), "cannot be written: " + e.getMessage(), e);
        }
    }
}

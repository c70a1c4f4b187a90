package dev.cleanclaim.rules.imports;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.cleanclaim.core.fees.ConversionFactor;
import dev.cleanclaim.rules.BuiltInRuleData;
import dev.cleanclaim.rules.RuleDataException;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Writes an imported year of the Medicare fee schedule into a rule folder in the built-in layouts: the RVU table
 * (mpfs/rvu-imported-YEAR.csv), the year's row in {@link BuiltInRuleData#IMPORTED_MPFS_YEARS} and its conversion
 * factors in {@link BuiltInRuleData#IMPORTED_CONVERSION_FACTORS}, replacing what an earlier import of the year wrote.
 * Each file is written beside its target and moved into place, so a failed import leaves the old one whole.
 */
final class ImportedMpfs {

    private static final List<String> RVU_HEADER = List.of("hcpcs", "status_code", "work_rvu", "non_fac_pe_rvu",
            "mp_rvu", "non_facility_total");
    private static final List<String> YEARS_HEADER = List.of("year", "release", "rvus", "gpcis");
    private static final List<String> FACTORS_HEADER = List.of("effective_from", "effective_through", "dollars_per_rvu",
            "applies_to", "source");

    /** One code's row as the built-in RVU files hold it. */
    record RvuRow(String code, String status, BigDecimal work, BigDecimal practiceExpense, BigDecimal malpractice,
                  BigDecimal nonFacilityTotal) {

        /** CMS's total is the sum of the three: a mismatch means the columns were not the ones named. */
        void checkTotal(String location) {
            if (work.add(practiceExpense).add(malpractice).compareTo(nonFacilityTotal) != 0) {
                throw new RuleDataException(location, "work, PE and MP RVUs of " + code
                        + " do not add up to its non-facility total " + nonFacilityTotal);
            }
        }
    }

    private ImportedMpfs() {
    }

    /** Writes the year and returns the RVU table's path. */
    static Path write(Path rulesRoot, int year, String release, List<RvuRow> rows, List<ConversionFactor> factors) {
        String tableName = "rvu-imported-" + year + ".csv";
        Path table = rulesRoot.resolve("mpfs").resolve(tableName);
        List<List<String>> codes = new ArrayList<>(rows.size());
        rows.stream().sorted(Comparator.comparing(RvuRow::code)).forEach(row -> codes.add(List.of(row.code(),
                row.status(), plain(row.work()), plain(row.practiceExpense()), plain(row.malpractice()),
                plain(row.nonFacilityTotal()))));
        replace(table, RVU_HEADER, codes);

        Path yearsFile = rulesRoot.resolve(BuiltInRuleData.IMPORTED_MPFS_YEARS);
        List<List<String>> years = kept(yearsFile, fields -> !fields.get(0).equals(String.valueOf(year)));
        years.add(List.of(String.valueOf(year), release, tableName, ""));
        replace(yearsFile, YEARS_HEADER, years);

        Path factorsFile = rulesRoot.resolve(BuiltInRuleData.IMPORTED_CONVERSION_FACTORS);
        List<List<String>> kept = kept(factorsFile, fields -> !fields.get(0).startsWith(year + "-")
                || !overlaps(ConversionFactor.AppliesTo.of(fields.get(3)), factors));
        for (ConversionFactor factor : factors) {
            kept.add(List.of(year + "-01-01", year + "-12-31", plain(factor.dollarsPerRvu()), factor.appliesTo().word(),
                    "CONV FACTOR column of " + release));
        }
        replace(factorsFile, FACTORS_HEADER, kept);
        return table;
    }

    // A factor for everyone replaces the year's split ones, and either split one replaces a factor for everyone.
    private static boolean overlaps(ConversionFactor.AppliesTo existing, List<ConversionFactor> imported) {
        return imported.stream().anyMatch(factor -> factor.appliesTo() == existing
                || factor.appliesTo() == ConversionFactor.AppliesTo.ALL || existing == ConversionFactor.AppliesTo.ALL);
    }

    /** The data rows of a file an earlier import wrote that {@code keep} accepts. */
    private static List<List<String>> kept(Path file, Predicate<List<String>> keep) {
        List<List<String>> rows = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return rows;
        }
        try (Reader reader = Files.newBufferedReader(file);
             CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(reader)) {
            for (CsvRecord record : csv) {
                if (record.getStartingLineNumber() > 1 && keep.test(record.getFields())) {
                    rows.add(record.getFields());
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new RuleDataException(file.toString(), "cannot be read to add the import to it (" + e.getMessage()
                    + "); delete it and import the files again", e);
        }
        return rows;
    }

    /** Writes the rows in order of their first columns (year or date, then whom a factor pays). */
    private static void replace(Path target, List<String> header, List<List<String>> rows) {
        List<List<String>> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparing((List<String> row) -> row.get(0)).thenComparing(row -> String.join(",", row)));
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), "mpfs", ".tmp");
            try (Writer writer = Files.newBufferedWriter(temporary)) {
                writer.write(String.join(",", header) + "\n");
                for (List<String> row : ordered) {
                    writer.write(row.stream().map(ImportedMpfs::field).collect(Collectors.joining(",")) + "\n");
                }
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new RuleDataException(target.toString(), "cannot be written: " + e.getMessage(), e);
        }
    }

    private static String field(String text) {
        return text.matches("[^,\"\r\n]*") ? text : "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}

package dev.cleanclaim.rules.imports;

import dev.cleanclaim.core.fees.ConversionFactor;
import dev.cleanclaim.core.time.EffectivePeriod;
import dev.cleanclaim.rules.RuleDataException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports one calendar year of the Medicare physician fee schedule from CMS's PPRRVU file (the CSV or XLSX, or the
 * RVUyyX.zip that holds them) into a rule folder: every code's status and RVUs, and the conversion factor its
 * CONV FACTOR column carries. Columns are read by their header names ({@link StackedHeader}), so the 2026 layout
 * and the older one read alike. From 2026 CMS publishes a file per conversion factor: PPRRVU..._nonQPP (the usual
 * one) and PPRRVU..._QPP (qualifying APM participants); a zip holding both gives the RVUs of the first and the
 * conversion factors of both. The fixed-width TXT is not read: import the CSV beside it.
 */
public final class RvuImporter {

    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{5}");
    /** CMS publishes RVUs to two decimals and conversion factors to four. */
    private static final int RVU_PLACES = 2;
    private static final int FACTOR_PLACES = 4;
    private static final Pattern FULL_YEAR = Pattern.compile("(?i)PPRRVU_?(20\\d\\d)");
    private static final Pattern SHORT_YEAR = Pattern.compile("(?i)(?:PPRRVU_?|RVU)(\\d\\d)(?:[A-D]|_|\\.|$)");
    private static final Predicate<String> PPRRVU = name -> name.toLowerCase(Locale.ROOT)
            .matches("(.*/)?pprrvu[^/]*\\.(csv|xlsx)");

    /** What an import did: the year, how many codes, and the conversion factors it read. */
    public record Report(int year, int rows, String release, List<ConversionFactor> factors, Path table) {
    }

    private RvuImporter() {
    }

    /** Imports the file; the year comes from its name (PPRRVU2026_Jul..., PPRRVU25_JAN, RVU26C.zip) unless given. */
    public static Report importFile(Path file, OptionalInt year, Path rulesRoot) {
        List<String> entries = new ArrayList<>();
        boolean zip = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
        if (zip) {
            SourceRows.read(file, name -> {
                if (PPRRVU.test(name)) {
                    entries.add(name);
                }
                // CMS zips carry each file as CSV and as XLSX: the CSV is read, the spreadsheet only when alone
                return false;
            }, (fields, location) -> { });
            if (entries.isEmpty()) {
                throw new RuleDataException(file.toString(), "holds no PPRRVU CSV or XLSX; is it CMS's RVU zip?");
            }
            entries.sort(Comparator.comparing(name -> !name.toLowerCase(Locale.ROOT).endsWith(".csv")));
        }
        String main = zip ? mainEntry(entries) : file.getFileName().toString();
        int calendarYear = year.isPresent() ? year.getAsInt() : yearOf(file.getFileName().toString())
                .or(() -> yearOf(main)).orElseThrow(() -> new RuleDataException(file.toString(),
                        "does not say its year in its name (PPRRVU2026..., RVU26C.zip); give the year to import"));
        PprrvuRows rows = PprrvuRows.read(file, name -> name.equals(main));
        List<ConversionFactor> factors = new ArrayList<>();
        factors.add(new ConversionFactor(whole(calendarYear), rows.conversionFactor(), participation(main)));
        for (String other : entries) {
            ConversionFactor.AppliesTo appliesTo = participation(other);
            if (factors.stream().noneMatch(factor -> factor.appliesTo() == appliesTo)) {
                factors.add(new ConversionFactor(whole(calendarYear),
                        PprrvuRows.read(file, name -> name.equals(other)).conversionFactor(), appliesTo));
            }
        }
        String release = "CMS MPFS RVUs imported from " + file.getFileName() + (zip ? " (" + main + ")" : "");
        Path table = ImportedMpfs.write(rulesRoot, calendarYear, release, rows.rvus(), factors);
        return new Report(calendarYear, rows.rvus().size(), release, List.copyOf(factors), table);
    }

    // A release's conversion factor is taken for its whole year: CMS changes it within a year only by statute (2024).
    private static EffectivePeriod whole(int year) {
        return EffectivePeriod.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The file whose RVUs are imported: the usual (non-QP) one when the zip has both. */
    private static String mainEntry(List<String> entries) {
        return entries.stream().filter(name -> participation(name) == ConversionFactor.AppliesTo.NON_QUALIFYING_APM)
                .findFirst()
                .or(() -> entries.stream().filter(name -> participation(name) == ConversionFactor.AppliesTo.ALL).findFirst())
                .orElse(entries.get(0));
    }

    static ConversionFactor.AppliesTo participation(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("nonqpp") || lower.contains("non_qpp") || lower.contains("non-qpp")) {
            return ConversionFactor.AppliesTo.NON_QUALIFYING_APM;
        }
        return lower.contains("qpp") ? ConversionFactor.AppliesTo.QUALIFYING_APM : ConversionFactor.AppliesTo.ALL;
    }

    static Optional<Integer> yearOf(String name) {
        Matcher full = FULL_YEAR.matcher(name);
        if (full.find()) {
            return Optional.of(Integer.parseInt(full.group(1)));
        }
        Matcher shortYear = SHORT_YEAR.matcher(name);
        return shortYear.find() ? Optional.of(2000 + Integer.parseInt(shortYear.group(1))) : Optional.empty();
    }

    /** The rows of one PPRRVU file: each global-service row (no modifier) of a code, and the file's conversion factor. */
    record PprrvuRows(List<ImportedMpfs.RvuRow> rvus, BigDecimal conversionFactor) {

        static PprrvuRows read(Path file, Predicate<String> entry) {
            StackedHeader header = new StackedHeader("HCPCS");
            List<ImportedMpfs.RvuRow> rows = new ArrayList<>();
            BigDecimal[] factor = new BigDecimal[1];
            int[] at = new int[8];
            SourceRows.read(file, entry, (cells, location) -> {
                boolean wasComplete = header.complete();
                if (header.offer(cells)) {
                    if (!wasComplete && header.complete()) {
                        String[] names = {"HCPCS", "MOD", "STATUS CODE", "WORK RVU", "NON-FAC PE RVU", "MP RVU",
                                "NON-FACILITY TOTAL", "CONV FACTOR"};
                        for (int i = 0; i < names.length; i++) {
                            at[i] = header.index(names[i], location);
                        }
                    }
                    return;
                }
                List<String> fields = SpreadsheetCodes.restore(cells, 1);
                String code = StackedHeader.cell(fields, at[0]);
                if (!CODE.matcher(code).matches() || !StackedHeader.cell(fields, at[1]).isEmpty()) {
                    return; // a note under the table, or a professional/technical component row (26, TC, 53)
                }
                ImportedMpfs.RvuRow row = new ImportedMpfs.RvuRow(code, StackedHeader.cell(fields, at[2]),
                        decimal(fields, at[3], RVU_PLACES, location), decimal(fields, at[4], RVU_PLACES, location),
                        decimal(fields, at[5], RVU_PLACES, location), decimal(fields, at[6], RVU_PLACES, location));
                row.checkTotal(location);
                rows.add(row);
                BigDecimal rowFactor = decimal(fields, at[7], FACTOR_PLACES, location);
                if (factor[0] != null && factor[0].compareTo(rowFactor) != 0) {
                    throw new RuleDataException(location, "has conversion factor " + rowFactor + " where the rows"
                            + " above have " + factor[0] + "; one file has one conversion factor");
                }
                factor[0] = rowFactor;
            });
            if (!header.complete() || rows.isEmpty()) {
                throw new RuleDataException(file.toString(), "holds no PPRRVU rows (a header naming HCPCS, WORK RVU,"
                        + " NON-FAC PE RVU, MP RVU and CONV FACTOR, then codes); is it CMS's PPRRVU CSV or XLSX?");
            }
            return new PprrvuRows(rows, factor[0]);
        }

        /**
         * A number as CMS publishes it, to {@code places} decimals. A spreadsheet holds numbers in binary floating
         * point (180.75 comes back as 180.74999999999997), so more decimals than published are rounded away.
         */
        private static BigDecimal decimal(List<String> fields, int index, int places, String location) {
            String text = StackedHeader.cell(fields, index);
            try {
                BigDecimal value = new BigDecimal(text);
                return value.scale() > places ? value.setScale(places, RoundingMode.HALF_UP) : value;
            } catch (NumberFormatException e) {
                throw new RuleDataException(location, "expected a number in column " + (index + 1) + ", got \"" + text + "\"");
            }
        }
    }
}

package dev.cleanclaim.rules.imports;

import dev.cleanclaim.core.ncci.NcciQuarter;
import dev.cleanclaim.core.ncci.PackedPtpTable;
import dev.cleanclaim.rules.NcciValues;
import dev.cleanclaim.rules.RuleDataException;
import dev.cleanclaim.rules.RuleStore;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports the official CMS NCCI PTP files into a rule folder. Reads the quarterly practitioner files as published
 * (every part f1-f4; TXT with its copyright preamble, XLSX, or the ZIPs) in the Medicare layout
 * {@code col1, col2, *, effective, deletion|*, modifier, rationale}, and the Medicaid layout
 * {@code col1, col2, effective, deletion, modifier, rationale}. Lines before the first edit row are the preamble.
 */
public final class PtpImporter {

    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{5}");
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private static final Pattern QUARTER_IN_NAME = Pattern.compile("(?i)(?<!\\d)(20\\d\\d)q([1-4])(?!\\d)");

    /** What an import did. */
    public record Report(int rows, int files, String edition, NcciQuarter quarter, Path table) {
    }

    private PtpImporter() {
    }

    /** Imports the files, learning their quarter from CMS's file names or else from the newest edit's date. */
    public static Report importFiles(List<Path> files, Path rulesRoot) {
        return importFiles(files, rulesRoot, Optional.empty());
    }

    /** @param quarter the quarter the files are, when the user says so ("2026Q2"); it overrides what the files suggest */
    public static Report importFiles(List<Path> files, Path rulesRoot, Optional<NcciQuarter> quarter) {
        Optional<NcciQuarter> known = quarter.or(() -> quarterInNames(files));
        PackedPtpTable.Builder builder = new PackedPtpTable.Builder();
        for (Path file : files) {
            int[] seenData = {0};
            SourceRows.read(file, (cells, location) -> {
                List<String> fields = SpreadsheetCodes.restore(cells, 2);
                if (isEditRow(fields)) {
                    seenData[0]++;
                    add(builder, fields, location);
                } else if (seenData[0] > 0 && !blank(fields)) {
                    throw new RuleDataException(location, "expected an edit row (column 1, column 2, dates, modifier, rationale),"
                            + " got \"" + String.join("|", fields) + "\"");
                }
            });
            if (seenData[0] == 0) {
                throw new RuleDataException(file.toString(), "holds no NCCI PTP edit rows; is it the practitioner PTP file?");
            }
        }
        String edition = "CMS NCCI PTP edits imported from " + String.join(", ",
                files.stream().map(path -> path.getFileName().toString()).toList());
        // without a quarter given or named, build under a stand-in and learn it from the newest edit
        PackedPtpTable table = builder.build(edition, known.orElse(NcciQuarter.of(LocalDate.EPOCH)));
        if (known.isEmpty()) {
            table = table.inQuarter(table.latestEffective().map(NcciQuarter::of).orElseThrow(() -> new RuleDataException(
                    files.get(0).toString(), "says neither its quarter nor any edit's effective date; import it again with --quarter")));
        }
        try {
            RuleStore.writePtp(rulesRoot, table);
        } catch (IOException e) {
            throw new RuleDataException(rulesRoot.resolve(RuleStore.PTP_FILE).toString(), "cannot be written: " + e.getMessage(), e);
        }
        ImportedEditions.record(rulesRoot, "ncci.ptp.edition", edition);
        ImportedEditions.record(rulesRoot, "ncci.ptp.quarter", table.quarter().toString());
        return new Report(builder.size(), files.size(), edition, table.quarter(), rulesRoot.resolve(RuleStore.PTP_FILE));
    }

    /**
     * The quarter CMS's file names carry ("medicare-ncci-2026q2-practitioner-ptp-edits-...-f1.zip"); empty when a
     * name lacks one. Parts of different quarters are refused: together they are no table CMS published.
     */
    static Optional<NcciQuarter> quarterInNames(List<Path> files) {
        Set<NcciQuarter> named = new TreeSet<>();
        for (Path file : files) {
            Matcher matcher = QUARTER_IN_NAME.matcher(file.getFileName().toString());
            if (!matcher.find()) {
                return Optional.empty();
            }
            named.add(new NcciQuarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
        }
        if (named.size() > 1) {
            throw new RuleDataException(files.get(0).toString(), "the files are parts of different quarters " + named
                    + "; import the four parts of one quarter");
        }
        return named.stream().findFirst();
    }

    static boolean isEditRow(List<String> fields) {
        return fields.size() >= 6 && CODE.matcher(fields.get(0)).matches() && CODE.matcher(fields.get(1)).matches();
    }

    private static boolean blank(List<String> fields) {
        return fields.stream().allMatch(String::isBlank);
    }

    private static void add(PackedPtpTable.Builder builder, List<String> fields, String location) {
        // The Medicare layout has the "in existence prior to 1996" column (* or blank) third; Medicaid does not.
        boolean medicare = fields.size() >= 7 && (fields.get(2).equals("*") || fields.get(2).isEmpty());
        int at = medicare ? 3 : 2;
        LocalDate effective = date(fields.get(at), location, "effective date");
        LocalDate deletion = fields.get(at + 1).equals("*") || fields.get(at + 1).isEmpty()
                ? null : date(fields.get(at + 1), location, "deletion date");
        int indicator = NcciValues.modifierIndicator(fields.get(at + 2), location);
        String rationale = fields.size() > at + 3 ? fields.get(at + 3) : "";
        builder.add(fields.get(0), fields.get(1), effective, deletion, indicator, rationale);
    }

    private static LocalDate date(String text, String location, String what) {
        try {
            return LocalDate.parse(text, YYYYMMDD);
        } catch (DateTimeParseException e) {
            throw new RuleDataException(location, what + " must be YYYYMMDD, got \"" + text + "\"");
        }
    }
}

package dev.cleanclaim.rules.imports;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.cleanclaim.rules.RuleDataException;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The rows of a CMS file as published, whatever its container: tab-delimited TXT, CSV, XLSX (first sheet), or a
 * ZIP holding them (its TXT entries, or its XLSX when it has no TXT). Each row comes with its location for errors.
 */
final class SourceRows {

    /** One row's fields and where it is: "FILE line N" or "FILE!ENTRY line N". */
    interface Consumer {
        void accept(List<String> fields, String location);
    }

    private SourceRows() {
    }

    static void read(Path file, Consumer consumer) {
        read(file, entry -> true, consumer);
    }

    /**
     * The same, reading from a ZIP only the text (or, lacking any, spreadsheet) entries whose name {@code wanted}
     * accepts: CMS's RVU zip holds a dozen files beside the one an import wants, and CMS's ICD-10-CM ZIP holds the
     * order file beside files of other layouts.
     */
    static void read(Path file, Predicate<String> wanted, Consumer consumer) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new RuleDataException(name, "no such file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            read(in, name, file.getFileName().toString(), wanted, consumer);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new RuleDataException(name, "cannot be read: " + e.getMessage(), e);
        } catch (RuleDataException e) {
            throw e;
        } catch (RuntimeException e) {
            // A spreadsheet's XML with a DTD (XXE, "billion laughs"), a CSV field past the reader's bound, a damaged
            // archive: the libraries throw their own exceptions; each is a file we cannot read, not our failure.
            throw new RuleDataException(name, "cannot be read as a CMS file (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static void read(InputStream in, String location, String fileName, Predicate<String> wanted,
                             Consumer consumer) throws IOException {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip")) {
            zip(in, location, wanted, consumer);
        } else if (lower.endsWith(".xlsx")) {
            xlsx(in, location, consumer);
        } else if (lower.endsWith(".csv")) {
            csv(in, location, consumer);
        } else {
            tabbed(in, location, consumer);
        }
    }

    private static void tabbed(InputStream in, String location, Consumer consumer) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1), 1 << 16);
        int number = 0;
        for (String line = line(reader, location, number + 1); line != null; line = line(reader, location, number + 1)) {
            number++;
            consumer.accept(split(line), location + " line " + number);
        }
    }

    /** The next line without its end, or null at the end; a line past {@link ArchiveLimits#LONGEST_LINE} is refused. */
    private static String line(BufferedReader reader, String location, int number) throws IOException {
        StringBuilder line = new StringBuilder(128);
        for (int c = reader.read(); c >= 0; c = reader.read()) {
            if (c == '\n') {
                return line.toString();
            }
            if (c == '\r') {
                reader.mark(1);
                if (reader.read() != '\n') {
                    reader.reset();
                }
                return line.toString();
            }
            if (line.length() >= ArchiveLimits.LONGEST_LINE) {
                throw new RuleDataException(location + " line " + number, "longer than " + ArchiveLimits.LONGEST_LINE
                        + " characters; not a CMS file");
            }
            line.append((char) c);
        }
        return line.isEmpty() ? null : line.toString();
    }

    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>(8);
        int start = 0;
        for (int tab = line.indexOf('\t'); tab >= 0; tab = line.indexOf('\t', start)) {
            fields.add(line.substring(start, tab).trim());
            start = tab + 1;
        }
        fields.add(line.substring(start).trim());
        return fields;
    }

    private static void csv(InputStream in, String location, Consumer consumer) throws IOException {
        InputStreamReader reader = new InputStreamReader(in, StandardCharsets.ISO_8859_1);
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ignoreDifferentFieldCount(true).ofCsvRecord(reader)) {
            for (CsvRecord record : csv) {
                consumer.accept(record.getFields().stream().map(String::trim).toList(),
                        location + " line " + record.getStartingLineNumber());
            }
        }
    }

    private static void xlsx(InputStream in, String location, Consumer consumer) throws IOException {
        byte[] archive = in.readNBytes(ArchiveLimits.MOST_SPREADSHEET + 1);
        if (archive.length > ArchiveLimits.MOST_SPREADSHEET) {
            throw new RuleDataException(location, "a spreadsheet larger than " + (ArchiveLimits.MOST_SPREADSHEET >> 20)
                    + " MB; CMS publishes the same rows as text, import that instead");
        }
        ArchiveLimits.check(archive, location);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new java.io.ByteArrayInputStream(archive));
             var rows = workbook.getFirstSheet().openStream()) {
            rows.forEach(row -> consumer.accept(cells(row), location + " row " + row.getRowNum()));
        }
    }

    // Spreadsheet cells hold codes and dates as numbers (97140, 20240701): read them back as plain digits.
    private static List<String> cells(Row row) {
        List<String> fields = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            Cell cell = row.getCell(i);
            if (cell == null || cell.getType() == CellType.EMPTY) {
                fields.add("");
            } else if (cell.getType() == CellType.NUMBER) {
                fields.add(cell.asNumber().stripTrailingZeros().toPlainString());
            } else {
                fields.add(cell.getText().trim());
            }
        }
        return fields;
    }

    private static void zip(InputStream in, String location, Predicate<String> wanted, Consumer consumer)
            throws IOException {
        List<byte[]> workbooks = new ArrayList<>();
        List<String> workbookNames = new ArrayList<>();
        boolean sawText = false;
        ArchiveLimits.Compressed compressed = new ArchiveLimits.Compressed(in);
        ZipInputStream zip = new ZipInputStream(compressed);
        // every entry is read through the bounds: a small archive cannot expand past them
        InputStream entries = new ArchiveLimits.Expanded(zip, compressed, location);
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            String name = entry.getName().toLowerCase(Locale.ROOT);
            if (entry.isDirectory() || !wanted.test(entry.getName())) {
                continue;
            }
            if (name.endsWith(".txt") || name.endsWith(".csv")) {
                sawText = true;
                read(entries, location + "!" + entry.getName(), entry.getName(), wanted, consumer);
            } else if (name.endsWith(".xlsx")) {
                workbooks.add(entries.readAllBytes());
                workbookNames.add(entry.getName());
            }
        }
        // CMS zips carry the same rows twice, as TXT and as XLSX: read the spreadsheet only when there is no text.
        if (!sawText) {
            for (int i = 0; i < workbooks.size(); i++) {
                xlsx(new java.io.ByteArrayInputStream(workbooks.get(i)), location + "!" + workbookNames.get(i), consumer);
            }
        }
    }
}

package dev.cleanclaim.rules.imports;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes PPRRVU files the way CMS lays them out: title rows, a header stacked over five rows ending in the row that
 * starts with HCPCS, then one row per code and modifier. The 2025 layout has 31 columns; the 2026 one has 32, a
 * PRIC IND column after TEAM SURG moving ENDO BASE and CONV FACTOR one place right. Descriptions are cleanclaim's
 * own words, not CMS's (which are AMA text).
 */
final class PprrvuFiles {

    /** One code's figures: work, non-facility PE and MP RVUs and their total, as strings the file holds. */
    record Row(String code, String modifier, String status, String work, String pe, String mp, String total) {
    }

    private static final String[][] HEADER_2025 = {
            row(",, , ,,,,,,,,,,,,,,,,,,,,,,,,,NON-FACILITY,FACILITY,"),
            row(",,,,NOT USED,,,,,,,,,,,,,,,,,,,,,PHYSICIAN,,DIAGNOSTIC,PE USED,PE USED,MP USED"),
            row(",,,,FOR,,,NON-FAC,,FACILITY ,,,,,,,,,,,,,,,,SUPERVISION OF,,IMAGING,FOR OPPS,FOR OPPS,FOR OPPS"),
            row(",,,STATUS,MEDICARE ,WORK,NON-FAC,NA,FACILITY,NA,MP,NON-FACILITY,FACILITY,PCTC,GLOB,PRE,INTRA,POST,"
                    + "MULT,BILAT,ASST,CO-,TEAM,ENDO,CONV,DIAGNOSTIC,CALCULATION,FAMILY,PAYMENT,PAYMENT,PAYMENT"),
            row("HCPCS,MOD,DESCRIPTION,CODE,PAYMENT,RVU,PE RVU,INDICATOR,PE RVU,INDICATOR,RVU,TOTAL,TOTAL,IND,DAYS,OP,"
                    + "OP,OP,PROC,SURG,SURG,SURG,SURG,BASE,FACTOR,PROCEDURES,FLAG,INDICATOR,AMOUNT,AMOUNT,AMOUNT")};

    private static final String[][] HEADER_2026 = {
            row(",,,,,,,,,,,,,,,,,,,,,,,,,,,,,NON-FACILITY,FACILITY,"),
            row(",,,,NOT USED,,,,,,,,,,,,,,,,,,,,,,PHYSICIAN,,DIAGNOSTIC,PE USED,PE USED,MP USED"),
            row(",,,,FOR,,,NON-FAC,,FACILITY,,,,,,,,,,,,,,,,,SUPERVISION OF,,IMAGING,FOR OPPS,FOR OPPS,FOR OPPS"),
            row(",,,STATUS,MEDICARE,WORK,NON-FAC,NA,FACILITY,NA,MP,NON-FACILITY,FACILITY,PCTC,GLOB,PRE,INTRA,POST,"
                    + "MULT,BILAT,ASST,CO-,TEAM,PRIC,ENDO,CONV,DIAGNOSTIC,CALCULATION,FAMILY,PAYMENT,PAYMENT,PAYMENT"),
            row("HCPCS,MOD,DESCRIPTION,CODE,PAYMENT,RVU,PE RVU,INDICATOR,PE RVU,INDICATOR,RVU,TOTAL,TOTAL,IND,DAYS,OP,"
                    + "OP,OP,PROC,SURG,SURG,SURG,SURG,IND,BASE,FACTOR,PROCEDURES,FLAG,INDICATOR,AMOUNT,AMOUNT,AMOUNT")};

    private PprrvuFiles() {
    }

    /** The 31-column layout of 2025 and before. */
    static Path csv2025(Path folder, String name, String factor, List<Row> rows) throws IOException {
        return write(folder.resolve(name), "2025", HEADER_2025, rows, row -> List.of(row.code(), row.modifier(),
                "a test row", row.status(), "", row.work(), row.pe(), "", row.pe(), "", row.mp(), row.total(),
                row.total(), "0", "XXX", "0.00", "0.00", "0.00", "5", "0", "0", "0", "0", "", factor, "09", "0", "99",
                "0.00", "0.00", "0.00"));
    }

    /** The 32-column layout of 2026: PRIC IND (here 0) between TEAM SURG and ENDO BASE. */
    static Path csv2026(Path folder, String name, String factor, List<Row> rows) throws IOException {
        return write(folder.resolve(name), "2026", HEADER_2026, rows, row -> List.of(row.code(), row.modifier(),
                "a test row", row.status(), "", row.work(), row.pe(), "", row.pe(), "", row.mp(), row.total(),
                row.total(), "0", "XXX", "0.00", "0.00", "0.00", "5", "0", "0", "0", "0", "0", "", factor, "09", "0",
                "99", "0.00", "0.00", "0.00"));
    }

    /** A spreadsheet with the whole name of each column in one cell, in an order of its own, numbers as numbers. */
    static Path xlsx(Path folder, String name, String factor, List<Row> rows) throws IOException {
        Path file = folder.resolve(name);
        String[] header = {"CONV FACTOR", "HCPCS", "MOD", "STATUS CODE", "MP RVU", "WORK RVU", "NON-FAC PE RVU",
                "NON-FACILITY TOTAL"};
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "cleanclaim-test", "1.0");
            Worksheet sheet = workbook.newWorksheet("PPRRVU");
            sheet.value(0, 0, "A national physician fee schedule relative value file, for a test");
            for (int c = 0; c < header.length; c++) {
                sheet.value(2, c, header[c]);
            }
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                int r = i + 3;
                sheet.value(r, 0, Double.parseDouble(factor));
                sheet.value(r, 1, row.code());
                sheet.value(r, 2, row.modifier());
                sheet.value(r, 3, row.status());
                sheet.value(r, 4, Double.parseDouble(row.mp()));
                sheet.value(r, 5, Double.parseDouble(row.work()));
                sheet.value(r, 6, Double.parseDouble(row.pe()));
                sheet.value(r, 7, Double.parseDouble(row.total()));
            }
            workbook.finish();
        }
        return file;
    }

    static Path zip(Path folder, String name, Path... entries) throws IOException {
        Path file = folder.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Path entry : entries) {
                zip.putNextEntry(new ZipEntry(entry.getFileName().toString()));
                Files.copy(entry, zip);
                zip.closeEntry();
            }
        }
        return file;
    }

    private interface Cells {
        List<String> of(Row row);
    }

    private static Path write(Path file, String year, String[][] header, List<Row> rows, Cells cells) throws IOException {
        List<String> lines = new ArrayList<>();
        int width = header[header.length - 1].length;
        lines.add(",," + year + " National Physician Fee Schedule Relative Value File" + ",".repeat(width - 3));
        lines.add(",,CPT codes and descriptions only are copyright American Medical Association." + ",".repeat(width - 3));
        lines.add(",,RELEASED" + ",".repeat(width - 3));
        for (String[] headerRow : header) {
            lines.add(String.join(",", headerRow));
        }
        for (Row row : rows) {
            List<String> fields = cells.of(row);
            if (fields.size() != width) {
                throw new IllegalStateException("a " + year + " row has " + fields.size() + " columns, not " + width);
            }
            lines.add(String.join(",", fields));
        }
        lines.add("\"Note: RVUs are not payment amounts\"" + ",".repeat(width - 1));
        Files.write(file, lines, StandardCharsets.ISO_8859_1);
        return file;
    }

    private static String[] row(String line) {
        return line.split(",", -1);
    }
}

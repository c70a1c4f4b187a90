package dev.cleanclaim.rules.imports;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes CMS-format NCCI files from the test fixture, the way CMS publishes them: preamble, header, rows. */
final class CmsFiles {

    static final String[] PREAMBLE = {
            "CPT codes, descriptions and other data only are copyright 2023 American Medical Association. All Rights Reserved.",
            "Applicable FARS/HHSARS apply.",
            "",
            "Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\tModifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale"};

    private CmsFiles() {
    }

    /** The fixture's active edits: column 1, column 2, modifier indicator, rationale. */
    static List<String[]> activeEdits() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                CmsFiles.class.getResourceAsStream("/cms/ncci-ptp-practitioner-2024q3-active-touching-scope.csv"),
                StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split(",", 4);
                rows.add(new String[] {fields[0], fields[1], fields[2], fields[3].replace("\"", "")});
            }
        }
        return rows;
    }

    /** The Medicare practitioner layout split into {@code parts} files, as the quarterly f1-f4 zips hold them. */
    static List<Path> medicareTxt(Path folder, List<String[]> edits, int parts) throws IOException {
        List<Path> files = new ArrayList<>();
        int perPart = (edits.size() + parts - 1) / parts;
        for (int part = 0; part < parts; part++) {
            Path file = folder.resolve("ccipra-v302r0-f" + (part + 1) + ".TXT");
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
                for (String line : PREAMBLE) {
                    writer.write(line + "\r\n");
                }
                for (int i = part * perPart; i < Math.min(edits.size(), (part + 1) * perPart); i++) {
                    String[] edit = edits.get(i);
                    writer.write(edit[0] + "\t" + edit[1] + "\t*\t19960101\t*\t" + edit[2] + "\t" + edit[3] + "\r\n");
                }
            }
            files.add(file);
        }
        return files;
    }

    /** Rows in the Medicaid layout: col1, col2, effective, deletion, modifier, rationale. */
    static Path medicaidTxt(Path folder, List<String> rows) throws IOException {
        Path file = folder.resolve("medicaid-ncci-ptp-practitioner.txt");
        List<String> lines = new ArrayList<>(List.of("Medicaid NCCI PTP edits", "Column 1\tColumn 2\tEffective Date\tDeletion Date\tModifier\tRationale"));
        lines.addAll(rows);
        Files.write(file, lines, StandardCharsets.ISO_8859_1);
        return file;
    }

    /** The Medicare layout as an XLSX sheet, codes and dates stored as numbers where they are numeric. */
    static Path medicareXlsx(Path folder, List<String[]> edits) throws IOException {
        Path file = folder.resolve("ccipra-v302r0-f1.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "cleanclaim-test", "1.0");
            Worksheet sheet = workbook.newWorksheet("PTP");
            sheet.value(0, 0, PREAMBLE[0]);
            String[] header = PREAMBLE[3].split("\t");
            for (int c = 0; c < header.length; c++) {
                sheet.value(2, c, header[c]);
            }
            for (int i = 0; i < edits.size(); i++) {
                String[] edit = edits.get(i);
                int row = i + 3;
                cell(sheet, row, 0, edit[0]);
                cell(sheet, row, 1, edit[1]);
                sheet.value(row, 2, "*");
                sheet.value(row, 3, 19960101);
                sheet.value(row, 4, "*");
                sheet.value(row, 5, Integer.parseInt(edit[2]));
                sheet.value(row, 6, edit[3]);
            }
            workbook.finish();
        }
        return file;
    }

    static Path zip(Path folder, Path... entries) throws IOException {
        Path file = folder.resolve("medicare-ncci-2024q3-practitioner-ptp-edits-ccipra-v302r0-f1.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Path entry : entries) {
                zip.putNextEntry(new ZipEntry(entry.getFileName().toString()));
                Files.copy(entry, zip);
                zip.closeEntry();
            }
        }
        return file;
    }

    private static void cell(Worksheet sheet, int row, int column, String code) {
        if (code.matches("\\d+")) {
            sheet.value(row, column, Integer.parseInt(code));
        } else {
            sheet.value(row, column, code);
        }
    }
}

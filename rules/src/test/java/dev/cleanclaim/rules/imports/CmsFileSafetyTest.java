package dev.cleanclaim.rules.imports;

import dev.cleanclaim.rules.RuleDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CMS files that are hostile rather than damaged: each is refused naming the file, none fills the memory. */
class CmsFileSafetyTest {

    private static final String XXE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE worksheet [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1"><c r="A1" t="inlineStr"><is><t>&secret;</t></is></c></row></sheetData></worksheet>""";
    private static final String LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
            <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
            <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
            <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
            <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
            <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
            <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
            <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>""";

    @TempDir
    Path folder;

    @Test
    void a_small_zip_that_expands_past_its_bounds_is_refused_as_an_archive_bomb() throws IOException {
        Path text = bomb("ccipra-f1.zip", "ccipra-f1.TXT");
        Path spreadsheet = bomb("ccipra-f2.zip", "ccipra-f2.xlsx");

        assertThatThrownBy(() -> PtpImporter.importFiles(List.of(text), folder.resolve("rules")))
                .isInstanceOf(RuleDataException.class).hasMessageContaining("ccipra-f1.zip")
                .hasMessageFindingMatch("archive bomb|longer than");
        assertThatThrownBy(() -> PtpImporter.importFiles(List.of(spreadsheet), folder.resolve("rules")))
                .isInstanceOf(RuleDataException.class).hasMessageContaining("ccipra-f2.zip").hasMessageContaining("archive bomb");
    }

    /** A ZIP of a few hundred KB whose one entry expands to 400 MB of zeros. */
    private Path bomb(String name, String entry) throws IOException {
        Path bomb = folder.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry(entry));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 400; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bomb;
    }

    @Test
    void a_spreadsheet_with_an_external_entity_or_nested_entities_is_refused_without_reading_them() throws IOException {
        for (String sheet : List.of(XXE, LAUGHS)) {
            Path xlsx = spreadsheet(sheet);

            assertThatThrownBy(() -> MueImporter.importFile(xlsx, folder.resolve("rules")))
                    .isInstanceOf(RuleDataException.class).hasMessageContaining("mue.xlsx")
                    .hasMessageNotContaining("root:");
        }
    }

    @Test
    void a_text_file_without_line_ends_or_that_is_not_a_spreadsheet_is_refused_naming_it() throws IOException {
        Path oneLine = Files.writeString(folder.resolve("ccipra-f2.TXT"), "9".repeat(3 << 20));
        Path notXlsx = Files.write(folder.resolve("mue.xlsx"), "PK\u0003\u0004 not a workbook".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> PtpImporter.importFiles(List.of(oneLine), folder.resolve("rules")))
                .isInstanceOf(RuleDataException.class).hasMessageContaining("ccipra-f2.TXT line 1");
        assertThatThrownBy(() -> MueImporter.importFile(notXlsx, folder.resolve("rules")))
                .isInstanceOf(RuleDataException.class).hasMessageContaining("mue.xlsx");
    }

    /** A minimal XLSX whose first sheet is {@code sheet}. */
    private Path spreadsheet(String sheet) throws IOException {
        Path xlsx = folder.resolve("mue.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(xlsx))) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
                     xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>
                    <sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                    </Relationships>""");
            entry(zip, "xl/worksheets/sheet1.xml", sheet);
        }
        return xlsx;
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(text.strip().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}

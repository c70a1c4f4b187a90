package dev.cleanclaim.rules.imports;

import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.coding.VisitCoder;
import dev.cleanclaim.core.dx.DiagnosisCodeSet;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.rules.BuiltInRuleData;
import dev.cleanclaim.rules.VisitBuilderAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Icd10cmImporterTest {

    /** A few rows of a CMS order file: code, 1 billable or 0 header, description. */
    private static final String[][] FY2029 = {
            {"M54", "0", "Dorsalgia"},
            {"M545", "0", "Low back pain"},
            {"M5450", "1", "Low back pain, unspecified"},
            {"M5459", "1", "Other low back pain"},
            {"M6283", "0", "Muscle spasm"},
            {"M62830", "1", "Muscle spasm of back"},
            {"M62840", "1", "A code the test invents for fiscal year 2029"}};

    @TempDir
    Path folder;

    @Test
    void anOrderFileBecomesTheYearItsNameSaysAndVisitsOfThatYearAreJudgedByIt() throws IOException {
        Path rules = folder.resolve("rules");

        Icd10cmImporter.Report report = Icd10cmImporter.importFile(orderFile("icd10cm_order_2029.txt", FY2029), rules,
                Optional.empty(), Optional.empty());
        RuleData data = BuiltInRuleData.load(rules);
        ClaimDraft claim = code(data, "2028-12-01", "M62.840", "M54.50");

        assertThat(report.name()).isEqualTo("ICD-10-CM FY2029");
        assertThat(report.from()).isEqualTo(LocalDate.of(2028, 10, 1));
        assertThat(report.through()).isEqualTo(LocalDate.of(2029, 9, 30));
        assertThat(report.codes()).isEqualTo(7);
        assertThat(report.billable()).isEqualTo(4);
        assertThat(claim.findings()).extracting(Finding::rule).doesNotContain("dx.code-set", "dx.invalid");
        assertThat(data.diagnoses().forDate(LocalDate.of(2029, 1, 2)).codeSet().find("M54.5"))
                .contains(new DiagnosisCodeSet.Entry("M54.5", false, "Low back pain"));
        assertThat(data.diagnoses().forDate(LocalDate.of(2027, 3, 1)).codeSet().name()).isEqualTo("ICD-10-CM FY2027");
    }

    @Test
    void aHeaderOfTheImportedYearIsInvalidThenAndItsFixNamesTheCodesUnderIt() throws IOException {
        Path rules = folder.resolve("rules");
        Icd10cmImporter.importFile(orderFile("icd10cm_order_2029.txt", FY2029), rules, Optional.empty(), Optional.empty());

        ClaimDraft claim = code(BuiltInRuleData.load(rules), "2029-02-01", "M62.83");

        assertThat(claim.findings()).filteredOn(finding -> finding.rule().equals("dx.invalid")).singleElement()
                .satisfies(finding -> assertThat(finding.fix()).hasValueSatisfying(fix ->
                        assertThat(fix).contains("M62.830 Muscle spasm of back").doesNotContain("M62.840")));
    }

    @Test
    void cmsCodeDescriptionsZipIsReadForItsOrderFileAlone() throws IOException {
        Path order = orderFile("icd10cm_order_2029.txt", FY2029);
        Path zip = folder.resolve("2029-code-descriptions-tabular-order.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            entry(entries, "Code Descriptions/icd10cm_codes_2029.txt", "M5450   Low back pain, unspecified\r\n");
            entry(entries, "Code Descriptions/icd10cm_order_addenda_2029.txt", "Add:   M62840  A code\r\n");
            entry(entries, "Code Descriptions/icd10cm_order_2029.txt", Files.readString(order, StandardCharsets.ISO_8859_1));
        }

        Icd10cmImporter.Report report = Icd10cmImporter.importFile(zip, folder.resolve("rules"), Optional.empty(), Optional.empty());

        assertThat(report.name()).isEqualTo("ICD-10-CM FY2029");
        assertThat(report.codes()).isEqualTo(7);
    }

    @Test
    void anAprilUpdateIsInForceFromAprilFirstOverItsOctoberRelease() throws IOException {
        Path rules = folder.resolve("rules");
        Icd10cmImporter.importFile(orderFile("icd10cm_order_2029.txt", FY2029), rules, Optional.empty(), Optional.empty());
        String[][] april = {{"M54", "0", "Dorsalgia"}, {"M545", "1", "Low back pain"}};

        Icd10cmImporter.Report report = Icd10cmImporter.importFile(orderFile("icd10cm-order-April-2029.txt", april), rules,
                Optional.empty(), Optional.empty());
        RuleData data = BuiltInRuleData.load(rules);

        assertThat(report.name()).isEqualTo("ICD-10-CM FY2029 (update of 2029-04-01)");
        assertThat(data.diagnoses().forDate(LocalDate.of(2029, 3, 31)).codeSet().name()).isEqualTo("ICD-10-CM FY2029");
        assertThat(data.diagnoses().forDate(LocalDate.of(2029, 4, 1)).codeSet().name()).isEqualTo(report.name());
    }

    @Test
    void aYearImportedAgainReplacesItsRowAndAnImportedYearReplacesTheBuiltInOneOfTheSameDay() throws IOException {
        Path rules = folder.resolve("rules");
        Icd10cmImporter.importFile(orderFile("order.txt", FY2029), rules, Optional.of(2027), Optional.empty());
        Icd10cmImporter.importFile(orderFile("order.txt", FY2029), rules, Optional.of(2027), Optional.empty());

        RuleData data = BuiltInRuleData.load(rules);

        assertThat(Files.readAllLines(rules.resolve("icd10cm/imported.csv"))).hasSize(2);
        assertThat(data.diagnoses().forDate(LocalDate.of(2027, 3, 1)).codeSet().size()).isEqualTo(7);
    }

    @Test
    void theCodesFileIsRefusedBecauseItLacksTheHeaders() throws IOException {
        Path codes = Files.writeString(folder.resolve("icd10cm_codes_2029.txt"), "A000    Cholera due to Vibrio cholerae 01\n");

        assertThatThrownBy(() -> Icd10cmImporter.importFile(codes, folder.resolve("rules"), Optional.empty(), Optional.empty()))
                .hasMessageContaining("icd10cm_codes_2029.txt line 1").hasMessageContaining("not the codes file");
        assertThat(folder.resolve("rules/icd10cm/imported.csv")).doesNotExist();
    }

    @Test
    void aFileThatDoesNotNameItsYearNeedsTheYearGiven() throws IOException {
        Path order = orderFile("order.txt", FY2029);

        assertThatThrownBy(() -> Icd10cmImporter.importFile(order, folder.resolve("rules"), Optional.empty(), Optional.empty()))
                .hasMessageContaining("--fiscal-year");
        assertThatThrownBy(() -> Icd10cmImporter.importFile(order, folder.resolve("rules"), Optional.of(2029),
                Optional.of(LocalDate.of(2029, 10, 1)))).hasMessageContaining("is not in FY2029");
    }

    @Test
    void aCodeListedTwiceIsRefusedWithItsLine() throws IOException {
        Path order = orderFile("icd10cm_order_2029.txt", new String[][] {{"M5450", "1", "Low back pain"}, {"M5450", "1", "Again"}});

        assertThatThrownBy(() -> Icd10cmImporter.importFile(order, folder.resolve("rules"), Optional.empty(), Optional.empty()))
                .hasMessageContaining("line 2").hasMessageContaining("M54.50 is listed twice");
    }

    /** Writes rows in CMS's fixed-width layout: order number, code, flag, 60-character short and long descriptions. */
    private Path orderFile(String name, String[][] rows) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            String shortDescription = rows[i][2].length() > 60 ? rows[i][2].substring(0, 60) : rows[i][2];
            lines.add(String.format("%05d %-7s %s %-60s %s", i + 1, rows[i][0], rows[i][1], shortDescription, rows[i][2]));
        }
        return Files.write(folder.resolve(name), lines, StandardCharsets.ISO_8859_1);
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.ISO_8859_1));
        zip.closeEntry();
    }

    private static ClaimDraft code(RuleData data, String date, String... diagnoses) {
        VisitBuilderAccess.Builder visit = VisitBuilderAccess.visit(data).on(date).code("97110", 30, "lumbar");
        for (String diagnosis : diagnoses) {
            visit.diagnosis(diagnosis, "lumbar");
        }
        return new VisitCoder(data).code(visit.build());
    }
}

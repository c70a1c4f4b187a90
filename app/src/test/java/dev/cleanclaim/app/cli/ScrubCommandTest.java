package dev.cleanclaim.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ScrubCommandTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path folder;

    @Test
    void severalVisitsPrintAJsonArrayInTheirOrder() throws IOException {
        Cli.Run run = Cli.run("scrub", EXAMPLES.resolve("cupping-self-pay.json").toString(),
                EXAMPLES.resolve("lmt-medicare-patient.json").toString());

        JsonNode claims = new ObjectMapper().readTree(run.out());
        assertThat(claims.isArray()).isTrue();
        assertThat(claims).hasSize(2);
        assertThat(claims.get(0).get("payer").asText()).isEqualTo("self-pay");
        assertThat(claims.get(1).get("payer").asText()).isEqualTo("medicare");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).hasSize(2);
    }

    @Test
    void cleanOrWarningOnlyClaimsExitZero() {
        Cli.Run run = Cli.run("scrub", EXAMPLES.resolve("cupping-self-pay.json").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("0 error(s), 1 warning(s)");
    }

    @Test
    void theTextReportShowsLinesAndFindingsWithTheirFixAndSource() {
        Cli.Run run = Cli.run("scrub", "--format", "text", EXAMPLES.resolve("chiro-massage-on-the-manipulated-region.json").toString());

        assertThat(run.out()).contains("NOT READY").contains("98940").contains("97124")
                .contains("ERROR   cmt.region").contains("fix: Drop 97124").contains("source: ");
    }

    @Test
    void theTextReportNamesTheOneClickRemedyUnderTheFix() {
        Cli.Run run = Cli.run("scrub", "--format", "text", EXAMPLES.resolve("chiro-massage-on-the-manipulated-region.json").toString());

        assertThat(run.out()).contains("the body.\n          remedy: Drop 97124\n          source: ");
    }

    @Test
    void oneBadFileAmongSeveralStopsTheRunBeforeAnythingIsPrinted() {
        Cli.Run run = Cli.run("scrub", EXAMPLES.resolve("cupping-self-pay.json").toString(),
                EXAMPLES.resolve("invalid/bad-input.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("bad-input.json: $.payer").doesNotContain("cupping-self-pay.json:");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Cli.Run run = Cli.run("scrub", "--format", "xml", EXAMPLES.resolve("cupping-self-pay.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--format: expected json or text");
    }

    @Test
    void aBrokenPayerPackInTheRuleFolderIsRefusedWithItsFileAndLine() throws IOException {
        Files.createDirectories(folder.resolve("payers"));
        Files.writeString(folder.resolve("payers/aetna.yaml"), "id: aetna\nname: Aetna\nunitMethod: per-visit\nunitMethodSource: x\n");

        Cli.Run run = Cli.run("scrub", "--rules", folder.toString(), EXAMPLES.resolve("cupping-self-pay.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("aetna.yaml line 3").contains("per-visit").doesNotContain("\tat ");
    }

    @Test
    void importedTablesInTheRuleFolderAreWhatScrubUses() throws IOException {
        Path ptp = Files.writeString(folder.resolve("ccipra-f1.TXT"), String.join("\r\n",
                "CPT codes, descriptions and other data only are copyright American Medical Association.",
                "Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date\tModifier\tPTP Edit Rationale",
                "97110\t97112\t*\t19960101\t*\t0\tMutually exclusive procedures", ""));
        Path mue = Files.writeString(folder.resolve("mue.csv"), "\"HCPCS/CPT Code\",\"MUE\",\"Indicator\",\"Rationale\"\n"
                + "97110,1,\"2 Date of Service Edit: Policy\",\"Test policy\"\n");
        Path rules = folder.resolve("rules");

        Cli.Run importPtp = Cli.run("import", "ncci-ptp", "--rules", rules.toString(), ptp.toString());
        Cli.Run importMue = Cli.run("import", "mue", "--rules", rules.toString(), mue.toString());
        Path visit = Files.writeString(folder.resolve("visit.json"), """
                {"dateOfService": "2026-03-02", "payer": "commercial", "provider": {"type": "PT"},
                 "diagnoses": [{"code": "M54.50", "regions": ["lumbar"]}],
                 "services": [{"code": "97110", "minutes": 30, "regions": ["lumbar"]},
                              {"code": "97112", "minutes": 15, "regions": ["lumbar"]}],
                 "documentation": {"clinicalRationale": true}}
                """);
        Cli.Run scrub = Cli.run("scrub", "--rules", rules.toString(), visit.toString());
        Cli.Run builtIn = Cli.run("scrub", visit.toString());

        assertThat(importPtp.exitCode()).as(importPtp.err()).isZero();
        assertThat(importPtp.out()).contains("\"rows\":1");
        assertThat(importMue.out()).contains("\"rows\":1");
        assertThat(scrub.out()).contains("97110 and 97112 are never paid together").contains("imported from ccipra-f1.TXT");
        assertThat(builtIn.out()).doesNotContain("never paid together");
    }

    @Test
    void anImportedRvuFileGivesAYearWithoutBuiltInFeesItsMedicareAmounts() throws IOException {
        // the figures are made up; the columns are CMS's names, in one header row as a spreadsheet export has them
        Path rvu = Files.writeString(folder.resolve("PPRRVU23_JAN.csv"), "HCPCS,MOD,DESCRIPTION,STATUS CODE,WORK RVU,"
                + "NON-FAC PE RVU,MP RVU,NON-FACILITY TOTAL,CONV FACTOR\n97110,,exercise,A,0.45,0.42,0.02,0.89,33.8872\n");
        Path rules = folder.resolve("rules");
        Path visit = Files.writeString(folder.resolve("visit.json"), """
                {"dateOfService": "2023-06-01", "payer": "medicare", "provider": {"type": "PT"},
                 "diagnoses": [{"code": "M54.50", "regions": ["lumbar"]}],
                 "services": [{"code": "97110", "minutes": 30, "regions": ["lumbar"]}],
                 "documentation": {"clinicalRationale": true}}
                """);

        Cli.Run before = Cli.run("scrub", "--rules", rules.toString(), visit.toString());
        Cli.Run imported = Cli.run("import", "rvu", "--rules", rules.toString(), rvu.toString());
        Cli.Run after = Cli.run("scrub", "--rules", rules.toString(), visit.toString());

        assertThat(before.out()).contains("\"rule\" : \"fee.medicare-year\"").doesNotContain("\"allowed\"");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("\"year\":2023", "\"rows\":1", "\"all\":\"33.8872\"");
        // 0.89 x 33.8872 = 30.1596.. -> 30.16 a unit, two units; the CLI knows no practice: national amounts
        assertThat(after.out()).contains("\"allowed\" : \"60.32\"").doesNotContain("fee.medicare-year")
                .contains("national ones of CMS MPFS RVUs imported from PPRRVU23_JAN.csv");
    }

    @Test
    void anImportedIcd10CmYearJudgesTheVisitsOfItsDatesAndAnImportedQuarterSilencesTheQuarterWarning() throws IOException {
        Path order = Files.writeString(folder.resolve("icd10cm_order_2027.txt"), String.join("\r\n",
                String.format("%05d %-7s %s %-60s %s", 1, "M62", "0", "Other disorders of muscle", "Other disorders of muscle"),
                String.format("%05d %-7s %s %-60s %s", 2, "M62830", "1", "Muscle spasm of back", "Muscle spasm of back"), ""));
        Path ptp = Files.writeString(folder.resolve("medicare-ncci-2026q4-practitioner-ptp-edits-f1.TXT"), String.join("\r\n",
                "Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date\tModifier\tPTP Edit Rationale",
                "97110\t97112\t*\t19960101\t*\t0\tMutually exclusive procedures", ""));
        Path rules = folder.resolve("rules");
        Path visit = Files.writeString(folder.resolve("visit.json"), """
                {"dateOfService": "2026-11-02", "payer": "commercial", "provider": {"type": "PT"},
                 "diagnoses": [{"code": "M62.830", "regions": ["lumbar"]}, {"code": "M54.50", "regions": ["lumbar"]}],
                 "services": [{"code": "97110", "minutes": 30, "regions": ["lumbar"]},
                              {"code": "97140", "minutes": 15, "regions": ["lumbar"]}],
                 "documentation": {"clinicalRationale": true, "referral": true}}
                """);

        Cli.Run importYear = Cli.run("import", "icd10cm", "--rules", rules.toString(), order.toString());
        Cli.Run importPtp = Cli.run("import", "ncci-ptp", "--rules", rules.toString(), ptp.toString());
        Cli.Run scrub = Cli.run("scrub", "--rules", rules.toString(), visit.toString());
        Cli.Run builtIn = Cli.run("scrub", visit.toString());

        assertThat(importYear.exitCode()).as(importYear.err()).isZero();
        assertThat(importYear.out()).contains("\"year\":\"ICD-10-CM FY2027\"").contains("\"codes\":2").contains("\"billable\":1");
        assertThat(importPtp.out()).contains("\"quarter\":\"2026Q4\"");
        assertThat(scrub.out()).contains("M54.50 is not a code in ICD-10-CM FY2027").doesNotContain("ncci.ptp-quarter");
        assertThat(builtIn.out()).doesNotContain("dx.invalid").contains("ncci.ptp-quarter");
    }

    @Test
    void anImportOptionThatIsNotAQuarterOrADateIsBadInput() {
        Cli.Run quarter = Cli.run("import", "ncci-ptp", "--quarter", "2026-04", "--rules", folder.toString(), "f1.TXT");
        Cli.Run from = Cli.run("import", "icd10cm", "--from", "April", "--rules", folder.toString(), "order.txt");

        assertThat(quarter.exitCode()).isEqualTo(2);
        assertThat(quarter.err()).contains("--quarter").contains("2024Q3");
        assertThat(from.exitCode()).isEqualTo(2);
        assertThat(from.err()).contains("--from").contains("YYYY-MM-DD");
    }

    @Test
    void aMissingImportFileIsNamed() {
        Cli.Run run = Cli.run("import", "ncci-ptp", "--rules", folder.toString(), folder.resolve("f1.TXT").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("f1.TXT: no such file");
    }
}

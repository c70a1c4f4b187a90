package dev.cleanclaim.rules.imports;

import dev.cleanclaim.core.ncci.PtpEdit;
import dev.cleanclaim.core.ncci.PtpTable;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.rules.BuiltInRuleData;
import dev.cleanclaim.rules.RuleDataException;
import dev.cleanclaim.rules.RuleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PtpImporterTest {

    private static final LocalDate JULY_2024 = LocalDate.of(2024, 7, 15);

    @TempDir
    Path folder;

    @Test
    void allFourPartsOfTheQuarterlyTxtFilesAreImportedPastTheirPreamble() throws IOException {
        List<String[]> edits = CmsFiles.activeEdits();
        Path rules = folder.resolve("rules");

        PtpImporter.Report report = PtpImporter.importFiles(CmsFiles.medicareTxt(folder, edits, 4), rules);

        assertThat(report.rows()).isEqualTo(edits.size()).isEqualTo(40_581);
        assertThat(report.files()).isEqualTo(4);
        PtpTable table = RuleStore.readPtp(rules).orElseThrow();
        assertThat(table.size()).isEqualTo(edits.size());
        assertThat(table.find("97140", "97124", JULY_2024)).hasValueSatisfying(edit -> {
            assertThat(edit.modifierIndicator()).isZero();
            assertThat(edit.rationale()).isEqualTo("Standards of medical/surgical practice");
            assertThat(edit.period().from()).contains(LocalDate.of(1996, 1, 1));
        });
        assertThat(table.find("97124", "97140", JULY_2024)).isEmpty();
        assertThat(table.edition()).contains("ccipra-v302r0-f1.TXT");
    }

    @Test
    void everyRowOfTheFixtureIsFoundAgainAfterTheRoundTripThroughTheStore() throws IOException {
        List<String[]> edits = CmsFiles.activeEdits();
        Path rules = folder.resolve("rules");
        PtpImporter.importFiles(CmsFiles.medicareTxt(folder, edits, 1), rules);

        PtpTable table = RuleStore.readPtp(rules).orElseThrow();

        for (String[] edit : edits) {
            assertThat(table.find(edit[0], edit[1], JULY_2024)).as("%s/%s", edit[0], edit[1])
                    .map(PtpEdit::modifierIndicator).contains(Integer.parseInt(edit[2]));
        }
    }

    @Test
    void theMedicaidLayoutIsReadWithItsDates() throws IOException {
        Path file = CmsFiles.medicaidTxt(folder, List.of(
                "97140\t97530\t20000101\t20191231\t1\tMutually exclusive procedures",
                "97140\t97124\t19960101\t*\t0\tStandards of medical/surgical practice"));
        Path rules = folder.resolve("rules");

        PtpImporter.importFiles(List.of(file), rules);

        PtpTable table = RuleStore.readPtp(rules).orElseThrow();
        assertThat(table.find("97140", "97530", LocalDate.of(2019, 12, 31))).isPresent();
        assertThat(table.find("97140", "97530", LocalDate.of(2020, 1, 1))).isEmpty();
        assertThat(table.find("97140", "97530", LocalDate.of(1999, 12, 31))).isEmpty();
        assertThat(table.find("97140", "97124", JULY_2024)).isPresent();
    }

    @Test
    void theXlsxFileIsReadWithCodesAndDatesStoredAsNumbers() throws IOException {
        List<String[]> edits = CmsFiles.activeEdits().subList(0, 2_000);
        Path rules = folder.resolve("rules");

        PtpImporter.Report report = PtpImporter.importFiles(List.of(CmsFiles.medicareXlsx(folder, edits)), rules);

        assertThat(report.rows()).isEqualTo(2_000);
        String[] first = edits.get(0);
        assertThat(RuleStore.readPtp(rules).orElseThrow().find(first[0], first[1], JULY_2024)).isPresent();
    }

    @Test
    void aCmsZipIsReadThroughItsTextEntryOnly() throws IOException {
        List<String[]> edits = CmsFiles.activeEdits().subList(0, 500);
        Path txt = CmsFiles.medicareTxt(folder, edits, 1).get(0);
        Path xlsx = CmsFiles.medicareXlsx(folder, edits);
        Path rules = folder.resolve("rules");

        PtpImporter.Report report = PtpImporter.importFiles(List.of(CmsFiles.zip(folder, txt, xlsx)), rules);

        assertThat(report.rows()).isEqualTo(500);
    }

    @Test
    void aBrokenRowNamesTheFileAndLineAndLeavesThePreviousTableInPlace() throws IOException {
        Path rules = folder.resolve("rules");
        PtpImporter.importFiles(CmsFiles.medicareTxt(folder, CmsFiles.activeEdits().subList(0, 10), 1), rules);
        Path broken = CmsFiles.medicaidTxt(folder, List.of(
                "97140\t97530\t20000101\t*\t1\tMutually exclusive procedures",
                "97140\t97124\t1996-01-01\t*\t0\tStandards of medical/surgical practice"));

        assertThatThrownBy(() -> PtpImporter.importFiles(List.of(broken), rules)).isInstanceOf(RuleDataException.class)
                .hasMessageContaining("medicaid-ncci-ptp-practitioner.txt line 4").hasMessageContaining("YYYYMMDD");
        assertThat(RuleStore.readPtp(rules).orElseThrow().size()).isEqualTo(10);
    }

    @Test
    void fileNamesAndRationalesOutsideAsciiSurviveTheStore() throws IOException {
        Path file = CmsFiles.medicaidTxt(folder, List.of("97140\t97124\t19960101\t*\t0\tr\u00e9gle"));
        Path renamed = Files.move(file, folder.resolve("m\u00e9dicaid-\uD83D\uDCCB.txt"));
        Path rules = folder.resolve("rules");

        PtpImporter.importFiles(List.of(renamed), rules);

        PtpTable table = RuleStore.readPtp(rules).orElseThrow();
        assertThat(table.edition()).contains("m\u00e9dicaid-\uD83D\uDCCB.txt");
        assertThat(table.find("97140", "97124", JULY_2024)).hasValueSatisfying(edit ->
                assertThat(edit.rationale()).isEqualTo("r\u00e9gle"));
    }

    @Test
    void aFileWithNoEditsIsRefused() throws IOException {
        Path file = Files.writeString(folder.resolve("notes.txt"), "nothing to see\n");

        assertThatThrownBy(() -> PtpImporter.importFiles(List.of(file), folder.resolve("rules")))
                .hasMessageContaining("notes.txt").hasMessageContaining("no NCCI PTP edit rows");
    }

    @Test
    void scrubbingWithTheRuleFolderUsesTheImportedTable() throws IOException {
        Path rules = folder.resolve("rules");
        PtpImporter.importFiles(CmsFiles.medicareTxt(folder, CmsFiles.activeEdits(), 4), rules);

        RuleData data = BuiltInRuleData.load(rules);

        assertThat(data.ptp().size()).isEqualTo(40_581);
        assertThat(data.ptp().edition()).contains("imported from");
        var claim = new dev.cleanclaim.core.scrub.Scrubber(data).scrub(dev.cleanclaim.rules.VisitBuilderAccess.visit(data)
                .payer("commercial").referral().rationale()
                .code("97140", 15, "lumbar").code("97124", 15, "lumbar").build());
        assertThat(claim.findings()).filteredOn(finding -> finding.rule().equals("ncci.ptp")).singleElement()
                .satisfies(finding -> assertThat(finding.message()).contains("imported from ccipra-v302r0-f1.TXT"));
    }

    @Test
    void theQuarterComesFromCmsFileNamesAndIsRecordedForTheNextLoad() throws IOException {
        List<Path> parts = new java.util.ArrayList<>();
        for (Path part : CmsFiles.medicareTxt(folder, CmsFiles.activeEdits().subList(0, 40), 4)) {
            parts.add(Files.move(part, folder.resolve("medicare-ncci-2026q2-practitioner-ptp-edits-" + part.getFileName())));
        }
        Path rules = folder.resolve("rules");

        PtpImporter.Report report = PtpImporter.importFiles(parts, rules);

        assertThat(report.quarter()).hasToString("2026Q2");
        assertThat(RuleStore.readPtp(rules).orElseThrow().quarter()).hasToString("2026Q2");
    }

    @Test
    void partsOfDifferentQuartersAreRefusedBeforeTheyAreRead() throws IOException {
        Path first = Files.writeString(folder.resolve("medicare-ncci-2026q1-practitioner-ptp-edits-f1.txt"), "");
        Path second = Files.writeString(folder.resolve("medicare-ncci-2026q2-practitioner-ptp-edits-f2.txt"), "");

        assertThatThrownBy(() -> PtpImporter.importFiles(List.of(first, second), folder.resolve("rules")))
                .hasMessageContaining("different quarters [2026Q1, 2026Q2]");
    }

    @Test
    void withoutAQuarterInTheNamesTheNewestEditsDateSaysItAndAQuarterGivenOverridesBoth() throws IOException {
        Path file = CmsFiles.medicaidTxt(folder, List.of(
                "97140\t97124\t19960101\t*\t0\tStandards of medical/surgical practice",
                "97530\t97750\t20260401\t*\t1\tMutually exclusive procedures"));

        PtpImporter.Report learned = PtpImporter.importFiles(List.of(file), folder.resolve("learned"));
        PtpImporter.Report given = PtpImporter.importFiles(List.of(file), folder.resolve("given"),
                java.util.Optional.of(dev.cleanclaim.core.ncci.NcciQuarter.parse("2026Q3")));

        assertThat(learned.quarter()).hasToString("2026Q2");
        assertThat(given.quarter()).hasToString("2026Q3");
    }

    @Test
    void aTableImportedBeforeImportsRecordedTheirQuarterLearnsItFromItsNewestEdit() throws IOException {
        Path rules = folder.resolve("rules");
        PtpImporter.importFiles(List.of(CmsFiles.medicaidTxt(folder, List.of(
                "97530\t97750\t20251001\t*\t1\tMutually exclusive procedures"))), rules);
        Path editions = rules.resolve(RuleStore.IMPORTED_EDITIONS);
        Files.write(editions, Files.readAllLines(editions).stream().filter(line -> !line.startsWith("ncci.ptp.quarter")).toList());

        assertThat(RuleStore.readPtp(rules).orElseThrow().quarter()).hasToString("2025Q4");
    }

    @Test
    void aVisitWithinTheImportedQuarterIsQuietAndOneAfterItIsToldToImportTheNext() throws IOException {
        Path rules = folder.resolve("rules");
        PtpImporter.importFiles(CmsFiles.medicareTxt(folder, CmsFiles.activeEdits(), 1), rules,
                java.util.Optional.of(dev.cleanclaim.core.ncci.NcciQuarter.parse("2026Q2")));
        RuleData data = BuiltInRuleData.load(rules);
        var scrubber = new dev.cleanclaim.core.scrub.Scrubber(data);

        var june = scrubber.scrub(dev.cleanclaim.rules.VisitBuilderAccess.visit(data).on("2026-06-30").payer("commercial")
                .referral().rationale().code("97140", 15, "lumbar").code("97124", 15, "lumbar").build());
        var july = scrubber.scrub(dev.cleanclaim.rules.VisitBuilderAccess.visit(data).on("2026-07-01").payer("commercial")
                .referral().rationale().code("97140", 15, "lumbar").code("97124", 15, "lumbar").build());

        assertThat(june.findings()).extracting(finding -> finding.rule()).contains("ncci.ptp").doesNotContain("ncci.ptp-quarter");
        assertThat(june.findings()).filteredOn(finding -> finding.rule().equals("ncci.ptp")).singleElement()
                .satisfies(finding -> assertThat(finding.message()).contains("2026Q2 edition"));
        assertThat(july.findings()).filteredOn(finding -> finding.rule().equals("ncci.ptp-quarter")).singleElement()
                .satisfies(finding -> assertThat(finding.message()).contains("2026Q2 edition").contains("through 2026-06-30"));
    }
}

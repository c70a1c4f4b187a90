package dev.cleanclaim.rules;

import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.claim.Remedy;
import dev.cleanclaim.core.claim.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.cleanclaim.rules.BuiltInRuleDataTest.RULES;
import static dev.cleanclaim.rules.Scrubbed.findings;
import static dev.cleanclaim.rules.Scrubbed.line;
import static dev.cleanclaim.rules.Scrubbed.none;
import static dev.cleanclaim.rules.Scrubbed.only;
import static dev.cleanclaim.rules.Scrubbed.scrub;
import static dev.cleanclaim.rules.Scrubbed.scrubRemedied;
import static dev.cleanclaim.rules.Scrubbed.visit;
import static org.assertj.core.api.Assertions.assertThat;

class NcciRulesTest {

    @Test
    void manualTherapyWithMassageIsAnIndicator0PairThatNoModifierSeparates() {
        ClaimDraft claim = scrub(visit().payer("commercial").referral().rationale()
                .diagnosis("M62.830", "lumbar").diagnosis("M25.511", "right-shoulder")
                .code("97140", 15, "right-shoulder").codeWithModifiers("97124", 15, List.of("59"), "lumbar"));

        Finding finding = only(claim, "ncci.ptp");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.codes()).containsExactly("97124", "97140");
        assertThat(finding.message()).contains("modifier indicator 0").contains("only column 1, 97140");
        assertThat(finding.fix()).hasValueSatisfying(fix -> assertThat(fix).contains("Bill one of them"));
        assertThat(finding.remedy()).contains(new Remedy.DropService("97124"));
    }

    @Test
    void droppingTheColumn2CodeOfAnIndicator0PairLeavesColumn1AloneOnTheClaim() {
        VisitBuilder visit = visit().payer("commercial").referral().rationale()
                .diagnosis("M62.830", "lumbar").diagnosis("M25.511", "right-shoulder")
                .code("97140", 15, "right-shoulder").codeWithModifiers("97124", 15, List.of("59"), "lumbar");

        ClaimDraft fixed = scrubRemedied(visit, only(scrub(visit), "ncci.ptp"));

        none(fixed, "ncci.ptp");
        assertThat(fixed.lines()).extracting(ClaimLine::code).containsExactly("97140");
    }

    @Test
    void anIndicator1PairOnSeparateRegionsWithoutADiagnosisOfTheLinesOwnIsOfferedThePayersModifier() {
        VisitBuilder visit = visit().payer("commercial").rationale().diagnosis("M25.561", "right-knee")
                .code("97140", 15, "right-knee").code("97750", 15, "cervical");

        Finding finding = only(scrub(visit), "ncci.ptp");
        ClaimDraft fixed = scrubRemedied(visit, finding);

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.remedy()).contains(new Remedy.AppendModifier("97750", "XS"));
        none(fixed, "ncci.ptp");
        assertThat(line(fixed, "97750").modifiers()).contains("XS");
    }

    @Test
    void aPayerThatPrefers59IsOffered59() {
        VisitBuilder visit = visit().payer("bcbs").by(ProviderType.PT).rationale()
                .code("97012", null, "cervical").code("97018", null, "right-knee");

        Finding finding = only(scrub(visit), "ncci.ptp");

        assertThat(finding.remedy()).contains(new Remedy.AppendModifier("97018", "59"));
        none(scrubRemedied(visit, finding), "ncci.ptp");
    }

    @Test
    void anIndicator1PairOnSeparateRegionsWithTheirOwnDiagnosesGetsXsFromTheEngine() {
        ClaimDraft claim = scrub(visit().payer("commercial").rationale()
                .diagnosis("M54.2", "cervical").diagnosis("M25.561", "right-knee")
                .code("97140", 15, "right-knee").code("97750", 15, "cervical"));

        Finding finding = only(claim, "ncci.ptp");
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.message()).contains("Appended XS to 97750");
        assertThat(line(claim, "97750").modifiers()).contains("XS");
    }

    @Test
    void aPayerThatPrefers59GetsIt() {
        ClaimDraft claim = scrub(visit().payer("bcbs").by(ProviderType.PT).rationale()
                .diagnosis("M54.2", "cervical").diagnosis("M25.561", "right-knee")
                .code("97012", null, "cervical").code("97018", null, "right-knee"));

        assertThat(line(claim, "97018").modifiers()).contains("59");
    }

    @Test
    void aBillersOwnDistinctModifierIsKeptAndTheEngineStaysQuiet() {
        ClaimDraft claim = scrub(visit().payer("commercial").rationale()
                .code("97140", 15, "lumbar").codeWithModifiers("97750", 15, List.of("XU"), "lumbar"));

        none(claim, "ncci.ptp");
        assertThat(line(claim, "97750").modifiers()).containsExactly("XU");
    }

    @Test
    void anIndicator1PairOnTheSameRegionWithoutAModifierIsAnErrorWithTheFix() {
        ClaimDraft claim = scrub(visit().payer("commercial").rationale()
                .code("97012", null, "lumbar").code("97140", 15, "lumbar"));

        Finding finding = only(claim, "ncci.ptp");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.fix()).hasValue("Append XS (or 59) to 97140 when the services were on separate body regions,"
                + " otherwise drop the column 2 code 97140.");
        assertThat(finding.remedy()).contains(new Remedy.DropService("97140"));
    }

    @Test
    void droppingTheColumn2CodeDoneOnTheSameRegionResolvesThePair() {
        VisitBuilder visit = visit().payer("commercial").rationale().code("97012", null, "lumbar").code("97140", 15, "lumbar");

        ClaimDraft fixed = scrubRemedied(visit, only(scrub(visit), "ncci.ptp"));

        none(fixed, "ncci.ptp");
        assertThat(fixed.lines()).extracting(ClaimLine::code).containsExactly("97012");
    }

    @Test
    void twoTimedServicesOfAPairOnOneRegionMayBeSeparateTimeBlocksSoNeitherIsOfferedAsAOneClickDrop() {
        ClaimDraft claim = scrub(visit().payer("commercial").rationale()
                .code("97140", 15, "lumbar").code("97750", 15, "lumbar"));

        Finding finding = only(claim, "ncci.ptp");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).contains("Both are timed").contains("separate time blocks");
        assertThat(finding.fix()).hasValue("Append XU to 97750 when the notes show the two in separate time blocks (XS"
                + " when on separate body regions); otherwise bill the one the notes support.");
        assertThat(finding.remedy()).as("the higher-paid service is never one click away from being dropped").isEmpty();
    }

    @Test
    void aPayerThatAsksFor59IsToldToUse59ForSeparateTimeBlocks() {
        ClaimDraft claim = scrub(visit().payer("bcbs").rationale().referral()
                .code("97113", 15, "lumbar").code("97110", 15, "lumbar"));

        assertThat(findings(claim, "ncci.ptp")).singleElement().satisfies(finding ->
                assertThat(finding.fix()).hasValueSatisfying(fix -> assertThat(fix).startsWith("Append 59 to")));
    }

    @Test
    void timedServicesInSeparateTimeBlocksMarkedXuPayTogether() {
        ClaimDraft claim = scrub(visit().payer("commercial").rationale()
                .code("97140", 15, "lumbar").codeWithModifiers("97750", 15, List.of("XU"), "lumbar"));

        none(claim, "ncci.ptp");
    }

    @Test
    void anIndicator1PairOnTouchingOrPartlySharedRegionsGetsTheFixInWordsOnly() {
        ClaimDraft touching = scrub(visit().payer("commercial").rationale()
                .code("97140", 15, "lumbar").code("97750", 15, "thoracic"));
        ClaimDraft partlyShared = scrub(visit().payer("commercial").rationale()
                .code("97140", 15, "lumbar").code("97750", 15, "lumbar", "right-knee"));

        assertThat(only(touching, "ncci.ptp").remedy()).isEmpty();
        assertThat(only(partlyShared, "ncci.ptp").remedy()).isEmpty();
    }

    @Test
    void anIndicator1PairWithNoRegionRecordedGetsTheFixInWordsOnly() {
        ClaimDraft claim = scrub(visit().payer("commercial").rationale().code("97140", 15, "lumbar").code("97750", 15));

        assertThat(only(claim, "ncci.ptp").severity()).isEqualTo(Severity.ERROR);
        assertThat(only(claim, "ncci.ptp").remedy()).isEmpty();
    }

    @Test
    void aDeletedEditFiresUpToItsDeletionDateAndNeverAfter() {
        // 97140/97530: the Medicare edit was deleted 2019-12-31.
        ClaimDraft lastDay = scrub(visit().on("2019-12-31").rationale().necessity("restricted-joint-motion")
                .code("97140", 15, "lumbar").code("97530", 15, "lumbar"));
        ClaimDraft after = scrub(visit().on("2020-01-01").rationale().necessity("restricted-joint-motion")
                .code("97140", 15, "lumbar").code("97530", 15, "lumbar"));

        assertThat(only(lastDay, "ncci.ptp").codes()).containsExactly("97530", "97140");
        none(after, "ncci.ptp");
    }

    @Test
    void codesWithNoEditBetweenThemGiveNoFinding() {
        none(scrub(visit().rationale().code("97110", 30, "lumbar").code("97112", 15, "lumbar")), "ncci.ptp");
    }

    @Test
    void unitsAboveAClinicalMueAreAnAppealableError() {
        ClaimDraft claim = scrub(visit().rationale().code("97110", 110, "lumbar"));

        Finding finding = only(claim, "ncci.mue");
        assertThat(finding.message()).contains("7 units").contains("allows 6").contains("appeal");
        assertThat(finding.fix()).hasValueSatisfying(fix -> assertThat(fix).contains("Bill 6 units"));
    }

    @Test
    void unitsWithinTheMueGiveNoFinding() {
        none(scrub(visit().rationale().code("97110", 90, "lumbar")), "ncci.mue");
    }

    @Test
    void aZeroMueIsExplainedAsMedicaresBundling() {
        ClaimDraft claim = scrub(visit().rationale().code("97110", 30, "lumbar").code("97010", null, "lumbar"));

        assertThat(only(claim, "ncci.mue").message()).contains("medically unlikely edit of 0").contains("status B");
    }

    @Test
    void payersWithoutNcciEditsIgnoreThem() {
        ClaimDraft claim = scrub(visit().payer("self-pay").code("97140", 15, "lumbar").code("97124", 15, "lumbar"));

        none(claim, "ncci.ptp");
        none(claim, "ncci.ptp-quarter");
    }

    @Test
    void everyPtpFindingNamesTheQuarterOfTheTableItUsed() {
        ClaimDraft claim = scrub(visit().payer("commercial").referral().rationale().on("2024-08-01")
                .diagnosis("M54.2", "cervical").diagnosis("M25.561", "right-knee")
                .code("97140", 15, "right-knee").code("97124", 15, "right-knee").code("97750", 15, "cervical"));

        assertThat(findings(claim, "ncci.ptp")).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(finding -> assertThat(finding.message()).contains("(2024Q3 edition: CMS NCCI PTP practitioner edits 2024-07-01;"));
    }

    @Test
    void aVisitWithinTheTablesQuarterOrBeforeItIsNotToldToImportAnother() {
        for (String date : List.of("2024-09-30", "2023-05-02")) {
            none(scrub(visit().payer("commercial").referral().rationale().on(date)
                    .code("97140", 15, "lumbar").code("97124", 15, "lumbar")), "ncci.ptp-quarter");
        }
    }

    @Test
    void aVisitAfterTheTablesQuarterIsToldOnceToImportTheCurrentQuarter() {
        ClaimDraft claim = scrub(visit().payer("commercial").referral().rationale().on("2024-10-01")
                .diagnosis("M54.2", "cervical").diagnosis("M25.561", "right-knee")
                .code("97140", 15, "right-knee").code("97124", 15, "right-knee").code("97750", 15, "cervical"));

        Finding warning = only(claim, "ncci.ptp-quarter");
        assertThat(warning.severity()).isEqualTo(Severity.WARNING);
        assertThat(warning.message()).contains("2024Q3 edition").contains("through 2024-09-30").contains("2024-10-01");
        assertThat(warning.fix()).hasValueSatisfying(fix -> assertThat(fix).contains("Import the current quarter")
                .contains("cleanclaim import ncci-ptp"));
        assertThat(findings(claim, "ncci.ptp")).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(finding -> assertThat(finding.message()).doesNotContain("current quarter"));
    }

    @Test
    void aVisitOfOneCodeHasNoPairAndSoNoQuarterWarning() {
        none(scrub(visit().rationale().on("2026-05-04").code("97110", 30, "lumbar")), "ncci.ptp-quarter");
    }

    @Test
    void theMueTableIsTheOneInForceOnTheDateOfService() {
        ClaimDraft july2024 = scrub(visit().rationale().on("2025-06-02").code("97110", 110, "lumbar"));
        ClaimDraft april2026 = scrub(visit().rationale().on("2026-04-01").code("97110", 110, "lumbar"));

        assertThat(only(july2024, "ncci.mue").message()).contains("CMS NCCI MUE practitioner services 2024-07-01");
        assertThat(only(april2026, "ncci.mue").message()).contains("CMS NCCI MUE practitioner services 2026-04-01");
        assertThat(RULES.mue().tables()).extracting(table -> table.effective().toString())
                .containsExactly("2024-07-01", "2026-04-01");
        assertThat(RULES.mue().newest().size()).isEqualTo(57);
    }
}

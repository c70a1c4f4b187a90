package dev.cleanclaim.rules;

import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.claim.Severity;
import dev.cleanclaim.core.modifier.KxThresholdRule;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.scrub.Scrubber;
import dev.cleanclaim.core.therapy.TherapyYearToDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.cleanclaim.rules.BuiltInRuleDataTest.RULES;
import static dev.cleanclaim.rules.Scrubbed.findings;
import static dev.cleanclaim.rules.Scrubbed.line;
import static dev.cleanclaim.rules.Scrubbed.none;
import static dev.cleanclaim.rules.Scrubbed.only;
import static dev.cleanclaim.rules.Scrubbed.scrub;
import static dev.cleanclaim.rules.Scrubbed.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * modifier.kx with the built-in Medicare pack: 2026 threshold $2,480.00; 97110 is allowed $29.06 a unit in 2026
 * (national, RVU26C: 0.87 x 33.4009), so 30 minutes of it (two units) count $58.12, and 15 minutes of 97530 count
 * $35.07 (1.05 x 33.4009).
 */
class KxThresholdRuleTest {

    private static TherapyYearToDate soFar(String physicalAndSpeech, String occupational) {
        return new TherapyYearToDate(2026, Money.parse(physicalAndSpeech), Money.parse(occupational));
    }

    private static VisitBuilder ptAndOtVisit() {
        return visit().rationale().diagnosis("M25.511", "right-shoulder")
                .code("97110", 30, "right-shoulder").codeWithModifiers("97530", 15, List.of("GO"), "right-shoulder");
    }

    private static List<Finding> infos(ClaimDraft claim) {
        return findings(claim, "modifier.kx").stream().filter(finding -> finding.severity() == Severity.INFO).toList();
    }

    @Test
    void physicalTherapyOverTheThresholdGetsKxWhileOccupationalTherapyBelowItDoesNot() {
        ClaimDraft claim = scrub(ptAndOtVisit(), soFar("2450.00", "1000.00"));

        assertThat(line(claim, "97110").modifiers()).containsExactly("GP", "KX");
        assertThat(line(claim, "97530").modifiers()).containsExactly("GO");
    }

    @Test
    void theKxFindingNamesTheDisciplineTheStoredAmountThisVisitsAmountAndTheThreshold() {
        ClaimDraft claim = scrub(ptAndOtVisit(), soFar("2450.00", "1000.00"));

        assertThat(infos(claim)).extracting(Finding::message).containsExactly(
                "Appended KX to the PT/SLP lines: $2450.00 so far in 2026 from stored claims and $58.12 on this visit"
                        + " make $2508.12, over the 2026 threshold of $2480.00.",
                "No KX on the OT lines yet: $1000.00 so far in 2026 from stored claims and $35.07 on this visit make"
                        + " $1035.07, within the 2026 threshold of $2480.00.");
        assertThat(infos(claim)).extracting(Finding::codes).containsExactly(List.of("97110"), List.of("97530"));
    }

    @Test
    void occupationalTherapyIsCountedOnItsOwnAmountNotThePhysicalTherapyOne() {
        ClaimDraft claim = scrub(visit().by(ProviderType.OT).rationale().code("97530", 15, "upper-extremity"),
                soFar("3000.00", "2450.00"));

        assertThat(line(claim, "97530").modifiers()).containsExactly("GO", "KX");
        assertThat(infos(claim)).singleElement().extracting(Finding::message).asString()
                .startsWith("Appended KX to the OT lines: $2450.00 so far").contains("$35.07 on this visit");
    }

    @Test
    void physicalTherapyFarOverTheThresholdLeavesOccupationalTherapyWithoutKx() {
        ClaimDraft claim = scrub(visit().by(ProviderType.OT).rationale().code("97530", 15, "upper-extremity"),
                soFar("9000.00", "0.00"));

        assertThat(line(claim, "97530").modifiers()).containsExactly("GO");
    }

    @Test
    void speechLanguagePathologyCountsTogetherWithPhysicalTherapy() {
        ClaimDraft claim = scrub(visit().rationale().codeWithModifiers("97110", 30, List.of("GN"), "lumbar"),
                soFar("2450.00", "0.00"));

        assertThat(line(claim, "97110").modifiers()).containsExactly("GN", "KX");
        assertThat(only(claim, "modifier.kx").message()).startsWith("Appended KX to the PT/SLP lines");
    }

    @Test
    void therapyReachingExactlyTheThresholdGetsNoKxAndOneCentMoreDoes() {
        ClaimDraft atThreshold = scrub(visit().rationale().code("97110", 30, "lumbar"), soFar("2421.88", "0.00"));
        ClaimDraft overIt = scrub(visit().rationale().code("97110", 30, "lumbar"), soFar("2421.89", "0.00"));

        assertThat(line(atThreshold, "97110").modifiers()).doesNotContain("KX");
        assertThat(only(atThreshold, "modifier.kx").message()).contains("make $2480.00, within");
        assertThat(line(overIt, "97110").modifiers()).contains("KX");
    }

    @Test
    void aVisitWithoutTherapyLinesHasNothingToCount() {
        none(scrub(visit().by(ProviderType.DC).activeTreatment().diagnosis("M99.03", "lumbar")
                .code("98940", null, "lumbar"), soFar("5000.00", "5000.00")), "modifier.kx");
    }

    @Test
    void theAmountDocumentedOnTheVisitStillWorksWithoutStoredClaims() {
        ClaimDraft claim = scrub(visit().rationale().therapySoFar("2450.00").code("97110", 30, "lumbar"));

        assertThat(line(claim, "97110").modifiers()).contains("KX");
        assertThat(only(claim, "modifier.kx").message()).isEqualTo("Appended KX to the PT/SLP lines: $2450.00 so far"
                + " in 2026 as documented on the visit and $58.12 on this visit make $2508.12, over the 2026 threshold"
                + " of $2480.00.");
    }

    @Test
    void theAmountDocumentedOnTheVisitOverridesTheStoredClaims() {
        ClaimDraft claim = scrub(visit().rationale().therapySoFar("2450.00").code("97110", 30, "lumbar"),
                soFar("100.00", "0.00"));

        assertThat(line(claim, "97110").modifiers()).contains("KX");
        assertThat(only(claim, "modifier.kx").message()).contains("$2450.00 so far in 2026 as documented on the visit");
    }

    @Test
    void aDocumentedAmountBelowTheThresholdSaysHowFarTheYearHasGot() {
        ClaimDraft claim = scrub(visit().rationale().therapySoFar("1000.00").code("97110", 30, "lumbar"));

        assertThat(line(claim, "97110").modifiers()).doesNotContain("KX");
        assertThat(only(claim, "modifier.kx").message()).startsWith("No KX on the PT/SLP lines yet: $1000.00 so far");
    }

    @Test
    void withNeitherStoredClaimsNorADocumentedAmountTheRuleCannotTellAndStaysSilent() {
        ClaimDraft claim = scrub(visit().rationale().code("97110", 30, "lumbar"));

        none(claim, "modifier.kx");
        assertThat(line(claim, "97110").modifiers()).doesNotContain("KX");
    }

    @Test
    void kxWithoutADocumentedRationaleIsAlsoAWarning() {
        ClaimDraft claim = scrub(visit().code("97110", 30, "lumbar"), soFar("2479.00", "0.00"));

        assertThat(findings(claim, "modifier.kx")).extracting(Finding::severity).containsExactly(Severity.INFO, Severity.WARNING);
    }

    @Test
    void eachYearIsCountedAgainstItsOwnThreshold() {
        ClaimDraft claim = scrub(visit().on("2025-06-02").rationale().code("97110", 30, "lumbar"),
                new TherapyYearToDate(2025, Money.parse("2400.00"), Money.ZERO));

        assertThat(line(claim, "97110").modifiers()).contains("KX");
        assertThat(only(claim, "modifier.kx").message()).contains("over the 2025 threshold of $2410.00");
    }

    @ParameterizedTest(name = "{0}: ${1}")
    @CsvSource({"2018, 2010.00", "2019, 2040.00", "2020, 2080.00", "2021, 2110.00", "2022, 2150.00", "2023, 2230.00",
            "2024, 2330.00", "2025, 2410.00", "2026, 2480.00"})
    void everyPublishedYearHasItsThresholdInTheRuleData(int year, String amount) {
        assertThat(kxRule().threshold(year)).contains(Money.parse(amount));
    }

    @Test
    void anEarlierYearIsCountedAgainstItsOwnPublishedThreshold() {
        ClaimDraft claim = scrub(visit().on("2019-06-03").rationale().therapySoFar("2039.00").code("97110", 30, "lumbar"));

        assertThat(line(claim, "97110").modifiers()).containsExactly("GP", "KX");
        assertThat(only(claim, "modifier.kx").message()).contains("over the 2019 threshold of $2040.00");
    }

    @Test
    void aYearWithNoPublishedThresholdSaysKxWasNotJudgedInsteadOfGuessing() {
        ClaimDraft claim = scrub(visit().on("2027-02-01").rationale().therapySoFar("9000.00")
                .code("97110", 30, "lumbar"));

        Finding finding = only(claim, "modifier.kx");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.codes()).containsExactly("97110");
        assertThat(finding.message()).isEqualTo("No KX threshold for 2027 is in the rule data, so whether these therapy"
                + " lines need KX was not judged; cleanclaim does not guess one year's amount from another's.");
        assertThat(finding.fix()).hasValue("Check the patient's therapy so far in 2027 against CMS's threshold for the"
                + " year and add KX above it; add the 2027 amount to Original Medicare's KX thresholds in the rule data"
                + " when CMS publishes it, then scrub again.");
        assertThat(line(claim, "97110").modifiers()).doesNotContain("KX");
    }

    @Test
    void aYearWithNoThresholdIsSaidEvenWhenNoTherapySoFarIsKnown() {
        ClaimDraft claim = scrub(visit().on("2027-02-01").rationale().code("97110", 30, "lumbar"));

        assertThat(only(claim, "modifier.kx").severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void aPastYearTheDataLacksAsksForTheAmountCmsPublished() {
        ClaimDraft claim = scrub(visit().on("2015-06-01").rationale().therapySoFar("100.00").code("97110", 30, "lumbar"));

        assertThat(only(claim, "modifier.kx").fix()).hasValueSatisfying(fix ->
                assertThat(fix).contains("add the 2015 amount").contains("as CMS published it"));
    }

    @Test
    void aYearWithNoThresholdStaysQuietOnAVisitWithoutTherapyLines() {
        none(scrub(visit().on("2027-02-01").by(ProviderType.DC).activeTreatment().diagnosis("M99.03", "lumbar")
                .code("98940", null, "lumbar")), "modifier.kx");
    }

    @Test
    void beforeKxMarkedTherapyAboveTheCapsTheRuleIsNotInForce() {
        none(scrub(visit().on("2005-06-01").rationale().therapySoFar("9000.00").code("97110", 30, "lumbar")),
                "modifier.kx");
    }

    private static KxThresholdRule kxRule() {
        return RULES.payers().find("medicare").orElseThrow().rules().stream()
                .filter(rule -> rule.id().equals("modifier.kx")).map(rule -> (KxThresholdRule) rule.rule())
                .findFirst().orElseThrow();
    }

    @Test
    void therapySoFarOfAnotherYearThanTheVisitIsRefused() {
        assertThatThrownBy(() -> new Scrubber(RULES).scrub(visit().code("97110", 30, "lumbar").build(),
                new TherapyYearToDate(2025, Money.ZERO, Money.ZERO)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025");
    }
}

package dev.cleanclaim.rules;

import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.claim.Severity;
import dev.cleanclaim.core.coding.VisitCoder;
import dev.cleanclaim.core.units.UnitMethod;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.cleanclaim.rules.BuiltInRuleDataTest.RULES;
import static org.assertj.core.api.Assertions.assertThat;

/** The visit coder on the built-in rule data: every finding of the coding step, firing and staying quiet. */
class VisitCodingTest {

    private final VisitCoder coder = new VisitCoder(RULES);

    @Test
    void aTechniqueAloneIsCodedAndTheEngineSaysSo() {
        ClaimDraft claim = code(visit().technique("effleurage", 23, "lumbar"));

        assertThat(claim.lines()).extracting(ClaimLine::code, ClaimLine::units).containsExactly(
                org.assertj.core.groups.Tuple.tuple("97124", 2));
        assertThat(only(claim, "code.technique")).satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.INFO);
            assertThat(finding.codes()).containsExactly("97124");
            assertThat(finding.message()).contains("effleurage").contains("97124");
        });
        assertThat(claim.hasErrors()).isFalse();
    }

    @Test
    void aCodeThatContradictsItsTechniqueIsAnErrorWhoseFixNamesTheRightCode() {
        ClaimDraft claim = code(visit().codeAndTechnique("97124", "myofascial release", 20, "lumbar"));

        Finding finding = only(claim, "code.technique");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.codes()).containsExactly("97124");
        assertThat(finding.fix()).hasValueSatisfying(fix -> assertThat(fix).contains("Bill 97140 instead of 97124"));
        assertThat(finding.message()).endsWith("myofascial release is manual therapy, never massage.");
        assertThat(finding.source()).contains("technique map").contains("seed 003");
        assertThat(claim.lines()).extracting(ClaimLine::code).containsExactly("97124");
    }

    @Test
    void aCodeThatAgreesWithItsTechniqueGivesNoFinding() {
        ClaimDraft claim = code(visit().codeAndTechnique("97140", "joint mobilization", 12, "left-shoulder"));

        assertThat(claim.findings()).isEmpty();
    }

    @Test
    void neuromuscularTherapyByAMassageTherapistIsCodedManualTherapy() {
        ClaimDraft claim = code(visit().by(ProviderType.LMT).technique("neuromuscular therapy", 30, "lumbar"));

        assertThat(claim.lines()).extracting(ClaimLine::code).containsExactly("97140");
        assertThat(only(claim, "code.technique").source()).contains("seed 000");
    }

    @Test
    void neuromuscularTherapyByAPhysicalTherapistIsAWarningNamingTheCodesThatMayFit() {
        ClaimDraft claim = code(visit().by(ProviderType.PT).technique("neuromuscular therapy", 20, "lumbar")
                .code("97110", 15, "lumbar"));

        Finding finding = only(claim, "code.technique");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).contains("only when a licensed massage therapist renders it")
                .contains("physical therapist").contains("97140 for").contains("97112 for");
        assertThat(claim.hasErrors()).isFalse();
        assertThat(claim.lines()).extracting(ClaimLine::code).containsExactly("97110");
    }

    @Test
    void aTechniqueTheCatalogLacksIsAWarningNamingTheCandidateCodesNotAnError() {
        ClaimDraft claim = code(visit().by(ProviderType.LMT).technique("reiki", 30, "lumbar").code("97124", 30, "lumbar"));

        Finding finding = only(claim, "code.technique");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).contains("\"reiki\" is not in cleanclaim's technique list")
                .contains("97124 for").contains("97140 for").contains("97139 for");
        assertThat(finding.fix()).hasValueSatisfying(fix -> assertThat(fix).contains("Give the service the code"));
        assertThat(claim.hasErrors()).isFalse();
    }

    @Test
    void theCandidatesForAnUnlistedTechniqueAreOnlyCodesTheProviderMayBill() {
        ClaimDraft claim = code(visit().by(ProviderType.LMT).technique("reflexology", 30, "right-foot")
                .code("97124", 30, "lumbar"));

        assertThat(only(claim, "code.technique").message()).contains("97124 for").doesNotContain("97530");
    }

    @Test
    void dryNeedlingNamesItsTwoCodesByTheMusclesNeedled() {
        ClaimDraft claim = code(visit().technique("dry needling", null, "lumbar").code("97110", 15, "lumbar"));

        Finding finding = only(claim, "code.technique");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).contains("20560 for").contains("one or two muscles")
                .contains("20561 for").contains("three or more muscles").doesNotContain("97124");
        assertThat(claim.lines()).extracting(ClaimLine::code).containsExactly("97110");
    }

    @Test
    void dryNeedlingByAMassageTherapistOffersNoCodeTheyCannotBill() {
        ClaimDraft claim = code(visit().by(ProviderType.LMT).technique("dry needling", null, "lumbar")
                .code("97124", 30, "lumbar"));

        Finding finding = only(claim, "code.technique");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).contains("licensed massage therapist bills none of them").doesNotContain("20560 for");
    }

    @Test
    void dryNeedlingBilledWithEitherOfItsCodesIsQuiet() {
        ClaimDraft claim = code(visit().codeAndTechnique("20561", "trigger point dry needling", null, "lumbar"));

        assertThat(claim.findings()).extracting(Finding::rule).doesNotContain("code.technique");
    }

    @Test
    void dryNeedlingBilledAsManualTherapyIsAnErrorNamingItsCodes() {
        ClaimDraft claim = code(visit().codeAndTechnique("97140", "dry needling", 15, "lumbar"));

        Finding finding = only(claim, "code.technique");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.fix()).hasValueSatisfying(fix -> assertThat(fix).contains("Bill 20560 or 20561 instead of 97140"));
    }

    @Test
    void anUnknownCodeIsAnErrorNamingTheCodeAndNothingIsBilledForIt() {
        ClaimDraft claim = code(visit().code("97999", 20, "lumbar").code("97110", 15));

        Finding finding = only(claim, "code.unknown");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.codes()).containsExactly("97999");
        assertThat(finding.message()).contains("97999");
        assertThat(claim.lines()).extracting(ClaimLine::code).containsExactly("97110");
    }

    @Test
    void aCodeDeletedBeforeTheDateOfServiceIsAnErrorNamingItsReplacements() {
        ClaimDraft claim = code(visit().on("2017-02-01").code("97001", null));

        Finding finding = only(claim, "code.deleted");
        assertThat(finding.codes()).containsExactly("97001");
        assertThat(finding.message()).contains("2016-12-31");
        assertThat(finding.fix()).hasValueSatisfying(fix -> assertThat(fix).contains("97161 or 97162 or 97163"));
        assertThat(only(claim, "claim.no-lines").severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void aCodeStillInForceOnItsLastDayIsBilled() {
        ClaimDraft claim = code(visit().on("2016-12-31").code("97001", null));

        assertThat(claim.lines()).extracting(ClaimLine::code).containsExactly("97001");
        assertThat(claim.findings()).extracting(Finding::rule).doesNotContain("code.deleted");
    }

    @Test
    void aCodeBilledBeforeItExistedIsNotEffective() {
        ClaimDraft claim = code(visit().on("2016-06-01").diagnosis("M54.2", "cervical").code("97161", null));

        Finding finding = only(claim, "code.not-effective");
        assertThat(finding.message()).contains("2017-01-01");
    }

    @Test
    void anHourlyCodeOfHalfAnHourOrLessIsNotBilled() {
        ClaimDraft claim = code(visit().payer("self-pay").by(ProviderType.MD).diagnosis("Z51.6").code("95180", 30)
                .code("99213", null));

        assertThat(only(claim, "units.below-half-hour").codes()).containsExactly("95180");
        assertThat(claim.lines()).extracting(ClaimLine::code).containsExactly("99213");
    }

    @Test
    void anHourlyCodeOfNinetyOneMinutesIsTwoUnits() {
        ClaimDraft claim = code(visit().payer("self-pay").by(ProviderType.MD).diagnosis("Z51.6").code("95180", 91));

        assertThat(claim.lines()).singleElement().satisfies(line -> assertThat(line.units()).isEqualTo(2));
    }

    @Test
    void underEightTimedMinutesTheServicesAreDroppedWithAWarning() {
        ClaimDraft claim = code(visit().code("97140", 5, "lumbar").code("98941", null, "cervical", "thoracic", "lumbar"));

        Finding finding = only(claim, "units.below-eight-minutes");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.codes()).containsExactly("97140");
        assertThat(claim.lines()).extracting(ClaimLine::code).containsExactly("98941");
        assertThat(claim.totalTimedMinutes()).isEqualTo(5);
        assertThat(claim.totalTimedUnits()).isZero();
    }

    @Test
    void aCodeThatLosesTheLeftoverUnitIsExplainedUnderMedicare() {
        ClaimDraft claim = code(visit().code("97110", 33, "lumbar").code("97140", 2, "lumbar"));

        assertThat(only(claim, "units.remainder").codes()).containsExactly("97140");
        assertThat(claim.lines()).extracting(ClaimLine::code, ClaimLine::units)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("97110", 2));
    }

    @Test
    void theSeed001MixBillsThreeUnitsForMedicareAndTwoForACommercialPayerOnTheAmaMethod() {
        ClaimDraft medicare = code(visit().code("97110", 33, "lumbar").code("97140", 7, "lumbar"));
        ClaimDraft commercial = code(visit().payer("commercial").code("97110", 33, "lumbar").code("97140", 7, "lumbar"));

        assertThat(medicare.unitMethod()).isEqualTo(UnitMethod.MEDICARE);
        assertThat(medicare.totalTimedUnits()).isEqualTo(3);
        assertThat(commercial.unitMethod()).isEqualTo(UnitMethod.AMA);
        assertThat(commercial.totalTimedUnits()).isEqualTo(2);
        assertThat(only(commercial, "units.below-eight-minutes").message()).contains("AMA");
    }

    @Test
    void aTimedCodeWithoutMinutesIsADocumentationError() {
        ClaimDraft claim = code(visit().code("97140", null, "lumbar").code("97010", null));

        Finding finding = only(claim, "doc.missing");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.codes()).containsExactly("97140");
        assertThat(claim.lines()).extracting(ClaimLine::code).containsExactly("97010");
    }

    @Test
    void twoEntriesOfOneCodeBecomeOneLineWithTheirMinutesAndModifiersTogether() {
        ClaimDraft claim = code(visit()
                .codeWithModifiers("97140", 10, List.of("GP"), "lumbar")
                .codeWithModifiers("97140", 10, List.of("gp", "59"), "left-shoulder"));

        assertThat(claim.lines()).singleElement().satisfies(line -> {
            assertThat(line.units()).isEqualTo(1);
            assertThat(line.minutes()).hasValue(20);
            assertThat(line.modifiers()).containsExactly("GP", "59");
        });
    }

    @Test
    void linesPointToTheDiagnosesOfTheirOwnRegions() {
        ClaimDraft claim = code(visit()
                .diagnosis("M99.01", "cervical").diagnosis("M25.511", "right-shoulder").diagnosis("M62.830", "lumbar")
                .code("98940", null, "cervical")
                .code("97140", 15, "right-shoulder")
                .code("97124", 23, "lumbar", "cervical")
                .code("97010", null));

        assertThat(claim.diagnoses()).containsExactly("M99.01", "M25.511", "M62.830");
        assertThat(claim.lines()).extracting(ClaimLine::code, ClaimLine::diagnosisPointers).containsExactly(
                org.assertj.core.groups.Tuple.tuple("98940", List.of("A")),
                org.assertj.core.groups.Tuple.tuple("97140", List.of("B")),
                org.assertj.core.groups.Tuple.tuple("97124", List.of("C", "A")),
                org.assertj.core.groups.Tuple.tuple("97010", List.of("A")));
    }

    @Test
    void pointersPutTheMostSpecificDiagnosisFirstAndStopAtFour() {
        ClaimDraft claim = code(visit()
                .diagnosis("M54.5", "lumbar").diagnosis("M62.830", "lumbar").diagnosis("M54.50", "lumbar")
                .diagnosis("S39.012A", "lumbar").diagnosis("M79.18", "lumbar")
                .code("97110", 30, "lumbar"));

        assertThat(claim.lines().get(0).diagnosisPointers()).containsExactly("D", "B", "C", "E");
    }

    @Test
    void aManipulationLinePointsToItsSubluxationFirst() {
        ClaimDraft claim = code(visit().by(ProviderType.DC).diagnosis("M62.830", "lumbar").diagnosis("M99.03", "lumbar")
                .code("98940", null, "lumbar").code("97124", 20, "lumbar"));

        assertThat(claim.lines()).extracting(ClaimLine::code, ClaimLine::diagnosisPointers).containsExactly(
                org.assertj.core.groups.Tuple.tuple("98940", List.of("B", "A")),
                org.assertj.core.groups.Tuple.tuple("97124", List.of("A", "B")));
    }

    @Test
    void aHeaderDiagnosisIsInvalidAndTheFixNamesTheBillableCodesUnderIt() {
        ClaimDraft claim = code(visit().diagnosis("M62.83", "lumbar").code("97124", 30, "lumbar"));

        Finding finding = only(claim, "dx.invalid");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).contains("M62.83").contains("not a billable code");
        assertThat(finding.fix()).hasValueSatisfying(fix -> assertThat(fix).contains("M62.830").contains("M62.838"));
    }

    @Test
    void aDiagnosisMissingFromTheCodeSetIsInvalidAndPointsToItsNearestHeader() {
        ClaimDraft claim = code(visit().diagnosis("M62.839", "lumbar").code("97124", 30, "lumbar"));

        Finding finding = only(claim, "dx.invalid");
        assertThat(finding.message()).contains("M62.839").contains("ICD-10-CM FY2026");
        assertThat(finding.fix()).hasValueSatisfying(fix -> assertThat(fix).contains("M62.83").contains("M62.830"));
    }

    @Test
    void aDateOutsideEveryLoadedCodeSetYearIsCheckedAgainstTheNearestWithAWarning() {
        ClaimDraft claim = code(visit().on("2028-10-15").code("97124", 30, "lumbar"));

        assertThat(only(claim, "dx.code-set").severity()).isEqualTo(Severity.WARNING);
        assertThat(claim.findings()).extracting(Finding::rule).doesNotContain("dx.invalid");
    }

    @Test
    void chargesAreTheFeePerUnitTimesUnitsAndAMissingFeeIsAWarning() {
        ClaimDraft claim = code(visit().by(ProviderType.OT).code("97124", 38, "lumbar")
                .describedCode("97139", "cupping, 4 cups, lumbar paraspinals", "lumbar"));

        assertThat(claim.lines().get(0).charge()).hasValueSatisfying(charge -> assertThat(charge).hasToString("120.00"));
        assertThat(claim.lines().get(1).charge()).isEmpty();
        assertThat(only(claim, "charge.missing").codes()).containsExactly("97139");
    }

    @Test
    void theClaimRecordsTheRuleDataVersionItWasCodedWith() {
        assertThat(code(visit().code("97110", 15)).ruleDataVersion()).isEqualTo(RULES.version());
    }

    @Test
    void everyFindingCitesASource() {
        ClaimDraft claim = code(visit().diagnosis("M62.83").code("97999", 5).code("97140", null)
                .codeAndTechnique("97124", "myofascial release", 3).technique("cupping", null));

        assertThat(claim.findings()).isNotEmpty().allSatisfy(finding -> assertThat(finding.source()).isNotBlank());
    }

    private VisitBuilder visit() {
        return VisitBuilder.visit(RULES);
    }

    private ClaimDraft code(VisitBuilder builder) {
        return coder.code(builder.build());
    }

    private static Finding only(ClaimDraft claim, String rule) {
        List<Finding> matching = claim.findings().stream().filter(finding -> finding.rule().equals(rule)).toList();
        assertThat(matching).as("findings %s in %s", rule, claim.findings()).hasSize(1);
        return matching.get(0);
    }
}

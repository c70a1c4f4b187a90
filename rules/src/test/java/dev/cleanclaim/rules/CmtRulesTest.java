package dev.cleanclaim.rules;

import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.claim.Remedy;
import dev.cleanclaim.core.region.BodyRegion;
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

class CmtRulesTest {

    /** A chiropractor's Medicare visit with a subluxation first, active treatment documented. */
    private static VisitBuilder chiropractic() {
        return visit().by(ProviderType.DC).payer("commercial").referral().rationale().activeTreatment()
                .diagnosis("M99.01", "cervical").diagnosis("M54.2", "cervical");
    }

    @Test
    void theNumberOfSpinalRegionsPicksTheCodeAndTheFixNamesIt() {
        ClaimDraft claim = scrub(chiropractic().code("98940", null, "cervical", "thoracic", "lumbar"));

        Finding finding = only(claim, "cmt.level");
        assertThat(finding.message()).contains("3 spinal region(s)");
        assertThat(finding.fix()).hasValue("Bill 98941 for 3 spinal region(s).");
    }

    @Test
    void aMatchingLevelGivesNoFinding() {
        none(scrub(chiropractic().code("98942", null, "cervical", "thoracic", "lumbar", "sacral", "pelvic")), "cmt.level");
        none(scrub(chiropractic().code("98940", null, "cervical")), "cmt.level");
    }

    @Test
    void extraspinalManipulationWithSpinalRegionsIsAnError() {
        ClaimDraft claim = scrub(chiropractic().code("98943", null, "lumbar", "left-shoulder"));

        assertThat(only(claim, "cmt.level").fix()).hasValueSatisfying(fix -> assertThat(fix).contains("98940"));
    }

    @Test
    void manualTherapyToASeparateShoulderGetsXsWhenItPointsToAShoulderDiagnosis() {
        ClaimDraft claim = scrub(chiropractic().diagnosis("M25.512", "left-shoulder")
                .code("98941", null, "cervical", "thoracic", "lumbar")
                .codeAndTechnique("97140", "joint mobilization", 15, "left-shoulder"));

        Finding finding = only(claim, "cmt.region");
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.message()).contains("Appended XS to 97140");
        assertThat(line(claim, "97140").modifiers()).contains("XS");
        assertThat(line(claim, "97140").diagnosisPointers()).containsExactly("C");
        none(claim, "ncci.ptp");
    }

    @Test
    void manualTherapyToASeparateRegionWithoutItsOwnDiagnosisIsAnErrorWithTheFix() {
        ClaimDraft claim = scrub(chiropractic().code("98941", null, "cervical", "thoracic", "lumbar")
                .code("97140", 15, "left-shoulder"));

        Finding finding = only(claim, "cmt.region");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.fix()).hasValueSatisfying(fix -> assertThat(fix).contains("Add the diagnosis for left-shoulder"));
        assertThat(finding.remedy()).contains(new Remedy.AddDiagnosis("M25.512", "left-shoulder"));
    }

    @Test
    void applyingTheSuggestedShoulderDiagnosisResolvesTheErrorAndTheEngineAppendsXs() {
        VisitBuilder visit = chiropractic().code("98941", null, "cervical", "thoracic", "lumbar")
                .code("97140", 15, "left-shoulder");

        ClaimDraft fixed = scrubRemedied(visit, only(scrub(visit), "cmt.region"));

        assertThat(only(fixed, "cmt.region").severity()).isEqualTo(Severity.INFO);
        assertThat(line(fixed, "97140").modifiers()).contains("XS");
        assertThat(fixed.diagnoses()).containsExactly("M99.01", "M54.2", "M25.512");
    }

    @Test
    void noDiagnosisIsSuggestedWhenItsCodeIsAlreadyListedForAnotherRegion() {
        // M53.3 is suggested for the sacrum and the pelvis alike; listed for the pelvis, it cannot set the sacrum apart.
        ClaimDraft claim = scrub(chiropractic().diagnosis("M53.3", "pelvic").code("98940", null, "pelvic")
                .code("97124", 15, "sacral"));

        Finding finding = only(claim, "cmt.region");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.remedy()).isEmpty();
    }

    @Test
    void aLineOnTwoRegionsWithoutDiagnosesIsOfferedTheFirstRegionsSuggestion() {
        ClaimDraft claim = scrub(chiropractic().code("98940", null, "cervical")
                .code("97140", 15, "upper-extremity", "right-knee", "left-knee"));

        assertThat(only(claim, "cmt.region").remedy()).contains(new Remedy.AddDiagnosis("M25.561", "right-knee"));
    }

    @Test
    void aSeparateRegionWithoutASuggestedCodeGetsTheFixInWordsOnly() {
        ClaimDraft claim = scrub(chiropractic().code("98941", null, "cervical", "thoracic", "lumbar")
                .code("97140", 15, "upper-extremity"));

        assertThat(only(claim, "cmt.region").remedy()).isEmpty();
    }

    @Test
    void everySuggestedDiagnosisIsABillableIcd10cmCodeOfTheShippedCodeSet() {
        List<BodyRegion> suggesting = RULES.regions().ids().stream().map(id -> RULES.regions().find(id).orElseThrow())
                .filter(region -> region.suggestedDiagnosis().isPresent()).toList();
        var icd10cm = RULES.diagnoses().forDate(java.time.LocalDate.of(2026, 7, 1)).codeSet();

        assertThat(suggesting).extracting(BodyRegion::id).contains("cervical", "lumbar", "left-shoulder", "right-knee");
        assertThat(suggesting).allSatisfy(region -> assertThat(icd10cm.presence(region.suggestedDiagnosis().get()))
                .as(region.id()).isEqualTo(dev.cleanclaim.core.dx.DiagnosisCodeSet.Presence.BILLABLE));
    }

    @Test
    void aSidedRegionsSuggestedDiagnosisIsForThatSide() {
        var icd10cm = RULES.diagnoses().forDate(java.time.LocalDate.of(2026, 7, 1)).codeSet();

        for (String id : RULES.regions().ids()) {
            BodyRegion region = RULES.regions().find(id).orElseThrow();
            String side = id.startsWith("left-") ? "left" : id.startsWith("right-") ? "right" : null;
            if (side != null && region.suggestedDiagnosis().isPresent()) {
                String description = icd10cm.find(region.suggestedDiagnosis().get()).orElseThrow().description();
                assertThat(description).as(id).contains(side + " " + id.substring(side.length() + 1));
            }
        }
    }

    @Test
    void massageOnTheManipulatedRegionIsBundledIntoTheManipulation() {
        ClaimDraft claim = scrub(chiropractic().code("98941", null, "cervical", "thoracic", "lumbar")
                .code("97124", 20, "lumbar"));

        Finding finding = only(claim, "cmt.region");
        assertThat(finding.message()).contains("also manipulated (lumbar)").contains("not paid");
        assertThat(finding.remedy()).contains(new Remedy.DropService("97124"));
        none(claim, "ncci.ptp");
    }

    @Test
    void droppingTheMassageDoneOnTheManipulatedRegionLeavesAClaimWithoutTheError() {
        VisitBuilder visit = chiropractic().code("98941", null, "cervical", "thoracic", "lumbar").code("97124", 20, "lumbar");

        ClaimDraft fixed = scrubRemedied(visit, only(scrub(visit), "cmt.region"));

        none(fixed, "cmt.region");
        assertThat(fixed.lines()).extracting(line -> line.code()).containsExactly("98941");
    }

    @Test
    void manualTherapyToAContiguousRegionIsNotPaid() {
        ClaimDraft claim = scrub(chiropractic().diagnosis("M54.6", "thoracic")
                .code("98940", null, "cervical").code("97140", 15, "thoracic"));

        assertThat(only(claim, "cmt.region").message()).contains("touches the manipulated region");
        assertThat(only(claim, "cmt.region").remedy()).contains(new Remedy.DropService("97140"));
    }

    @Test
    void droppingManualTherapyOnAContiguousRegionLeavesAClaimWithoutTheError() {
        VisitBuilder visit = chiropractic().diagnosis("M54.6", "thoracic").code("98940", null, "cervical")
                .code("97140", 15, "thoracic");

        none(scrubRemedied(visit, only(scrub(visit), "cmt.region")), "cmt.region");
    }

    @Test
    void therapyWithNoRegionRecordedGetsTheFixInWordsOnlyBecauseOnlyTheNotesKnowWhere() {
        ClaimDraft claim = scrub(chiropractic().code("98940", null, "cervical").code("97140", 15));

        assertThat(only(claim, "cmt.region").remedy()).isEmpty();
    }

    @Test
    void massageToAContiguousButSeparateRegionIsPaidWithTheModifier() {
        ClaimDraft claim = scrub(chiropractic().diagnosis("M62.830", "thoracic").necessity("tight-muscles")
                .code("98940", null, "cervical").code("97124", 15, "thoracic"));

        assertThat(only(claim, "cmt.region").severity()).isEqualTo(Severity.INFO);
        assertThat(line(claim, "97124").modifiers()).contains("XS");
    }

    @Test
    void aBillersOwnModifierOnASeparateRegionIsKept() {
        ClaimDraft claim = scrub(chiropractic().diagnosis("M25.512", "left-shoulder").code("98940", null, "cervical")
                .codeWithModifiers("97140", 15, List.of("59"), "left-shoulder"));

        none(claim, "cmt.region");
        assertThat(line(claim, "97140").modifiers()).containsExactly("59");
    }

    @Test
    void manualTherapyWithManipulationNamesEachMissingDocumentationElement() {
        ClaimDraft claim = scrub(visit().by(ProviderType.DC).payer("commercial").referral()
                .diagnosis("M99.01", "cervical").diagnosis("M25.512", "left-shoulder")
                .code("98940", null, "cervical").code("97140", 9, "left-shoulder"));

        Finding finding = only(claim, "cmt.documentation");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).contains("(2) the clinical rationale").contains("(3) a description of the technique")
                .doesNotContain("(1)").doesNotContain("(4)").doesNotContain("(5)").doesNotContain("(6)");
    }

    @Test
    void fullyDocumentedManualTherapyWithManipulationGivesNoDocumentationWarning() {
        none(scrub(chiropractic().diagnosis("M25.512", "left-shoulder").code("98940", null, "cervical")
                .codeAndTechnique("97140", "joint mobilization", 15, "left-shoulder")), "cmt.documentation");
    }

    @Test
    void medicareManipulationNeedsASubluxationFirstAndASecondDiagnosis() {
        ClaimDraft noSubluxation = scrub(visit().by(ProviderType.DC).activeTreatment().diagnosis("M54.2", "cervical")
                .code("98940", null, "cervical"));
        ClaimDraft subluxationAlone = scrub(visit().by(ProviderType.DC).activeTreatment().diagnosis("M99.01", "cervical")
                .code("98940", null, "cervical"));
        ClaimDraft both = scrub(visit().by(ProviderType.DC).activeTreatment().diagnosis("M99.01", "cervical")
                .diagnosis("M54.2", "cervical").code("98940", null, "cervical"));

        assertThat(only(noSubluxation, "dx.subluxation").message()).contains("primary");
        assertThat(only(subluxationAlone, "dx.subluxation").message()).contains("secondary");
        none(both, "dx.subluxation");
        assertThat(both.hasErrors()).as("%s", both.findings()).isFalse();
    }

    @Test
    void anExtraspinalSubluxationFirstIsAnErrorForMedicareSpinalManipulation() {
        ClaimDraft claim = scrub(visit().by(ProviderType.DC).activeTreatment().diagnosis("M99.07", "left-shoulder")
                .diagnosis("M99.03", "lumbar").diagnosis("M54.50", "lumbar").code("98940", null, "lumbar"));

        assertThat(findings(claim, "dx.subluxation")).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.message()).contains("M99.07 is an extraspinal subluxation").contains("M99.00-M99.05");
        });
    }

    @Test
    void aPrimarySubluxationOfARegionNotManipulatedIsAnError() {
        ClaimDraft claim = scrub(visit().by(ProviderType.DC).activeTreatment().diagnosis("M99.01", "cervical")
                .diagnosis("M99.03", "lumbar").diagnosis("M54.50", "lumbar").code("98940", null, "lumbar"));

        assertThat(only(claim, "dx.subluxation").message()).contains("M99.01").contains("cervical")
                .contains("did not manipulate");
    }

    @Test
    void theOccipitalSubluxationCountsAsTheCervicalRegion() {
        ClaimDraft claim = scrub(visit().by(ProviderType.DC).activeTreatment().diagnosis("M99.00", "cervical")
                .diagnosis("M54.2", "cervical").code("98940", null, "cervical"));

        none(claim, "dx.subluxation");
    }

    @Test
    void aManipulationLinePointingOnlyToAPainCodeIsAnError() {
        // The subluxation is listed without its region, so the line's pointer goes to the pain code of the region.
        ClaimDraft claim = scrub(visit().by(ProviderType.DC).activeTreatment().diagnosis("M99.03")
                .diagnosis("M54.50", "lumbar").code("98940", null, "lumbar"));

        assertThat(line(claim, "98940").diagnosisPointers()).containsExactly("B");
        Finding finding = only(claim, "dx.subluxation");
        assertThat(finding.message()).contains("points only to M54.50").contains("none of them a spinal subluxation");
        assertThat(finding.fix()).hasValue("Record the region of M99.03 (lumbar) on the diagnosis so the line points to it first.");
    }

    @Test
    void theLevelBilledCountsOnlyManipulatedRegionsWithASubluxation() {
        ClaimDraft twoOfFour = scrub(visit().by(ProviderType.DC).activeTreatment().diagnosis("M99.03", "lumbar")
                .diagnosis("M99.04", "sacral").diagnosis("M54.50", "lumbar")
                .code("98941", null, "cervical", "thoracic", "lumbar", "sacral"));
        ClaimDraft threeOfThree = scrub(visit().by(ProviderType.DC).activeTreatment().diagnosis("M99.03", "lumbar")
                .diagnosis("M99.04", "sacral").diagnosis("M99.02", "thoracic").diagnosis("M54.50", "lumbar")
                .code("98941", null, "thoracic", "lumbar", "sacral"));

        Finding finding = only(twoOfFour, "dx.subluxation");
        assertThat(finding.message()).contains("lumbar M99.03, sacral M99.04").contains("none for cervical, thoracic")
                .contains("support 98940");
        assertThat(finding.fix()).hasValue("Add the subluxation diagnosis the notes document for cervical, thoracic, or bill 98940.");
        none(threeOfThree, "dx.subluxation");
    }

    @Test
    void theSubluxationRulesAreMedicaresAlone() {
        none(scrub(chiropractic().diagnosis("M54.50", "lumbar").code("98941", null, "cervical", "thoracic", "lumbar")),
                "dx.subluxation");
    }

    @Test
    void twoSpinalManipulationCodesOnOneVisitAreOneCodeByTheirRegionsTogether() {
        ClaimDraft claim = scrub(visit().by(ProviderType.DC).activeTreatment().diagnosis("M99.03", "lumbar")
                .diagnosis("M99.04", "sacral").diagnosis("M99.01", "cervical").diagnosis("M99.02", "thoracic")
                .diagnosis("M99.05", "pelvic").diagnosis("M54.50", "lumbar")
                .code("98940", null, "lumbar", "sacral").code("98941", null, "cervical", "thoracic", "pelvic"));

        Finding finding = only(claim, "cmt.level");
        assertThat(finding.codes()).containsExactlyInAnyOrder("98940", "98941");
        assertThat(finding.message()).contains("one service a visit").contains("5: ");
        assertThat(finding.fix()).hasValue("Bill 98942 once for the 5 spinal region(s), in place of 98940 and 98941.");
        assertThat(finding.remedy()).as("never drop one of them").isEmpty();
        none(claim, "ncci.ptp");
    }

    @Test
    void anOfficeVisitWithManipulationAsksFor25AndOffersItAsTheFix() {
        ClaimDraft claim = scrub(chiropractic().diagnosis("M54.50", "lumbar").code("98940", null, "lumbar")
                .code("99213", null));

        Finding finding = only(claim, "ncci.ptp");
        assertThat(finding.codes()).containsExactly("99213", "98940");
        assertThat(finding.message()).contains("separately identifiable evaluation").contains("marked with 25");
        assertThat(finding.fix()).hasValueSatisfying(fix -> assertThat(fix).startsWith("Append 25 to 99213")
                .doesNotContain("XS").doesNotContain("59"));
        assertThat(finding.remedy()).contains(new Remedy.AppendModifier("99213", "25"));
        assertThat(line(claim, "99213").modifiers()).as("the engine never appends a distinct modifier to an E/M")
                .isEmpty();
    }

    @Test
    void anOfficeVisitWith25AndManipulationPayTogether() {
        ClaimDraft claim = scrub(chiropractic().diagnosis("M54.50", "lumbar").code("98940", null, "lumbar")
                .codeWithModifiers("99213", null, List.of("25")));

        none(claim, "ncci.ptp");
    }

    @Test
    void fiftyNineOrAnXModifierOnAnOfficeVisitIsAConflictAndThePairStillAsksFor25() {
        ClaimDraft withXs = scrub(chiropractic().diagnosis("M54.50", "lumbar").code("98940", null, "lumbar")
                .codeWithModifiers("99213", null, List.of("XS")));
        ClaimDraft with59 = scrub(chiropractic().diagnosis("M54.50", "lumbar").code("98940", null, "lumbar")
                .codeWithModifiers("99214", null, List.of("59")));

        assertThat(only(withXs, "modifier.conflict").message()).contains("99213 carries XS")
                .contains("never go on an E/M visit");
        assertThat(only(withXs, "modifier.conflict").fix()).hasValueSatisfying(fix -> assertThat(fix)
                .startsWith("Remove XS from 99213; append 25"));
        assertThat(only(withXs, "ncci.ptp").fix()).hasValueSatisfying(fix -> assertThat(fix).startsWith("Append 25 to 99213"));
        assertThat(only(with59, "modifier.conflict").message()).contains("99214 carries 59");
    }

    @Test
    void fiftyNineOnAnOfficeVisitIsWrongWithoutAnyPairAndBeside25Too() {
        ClaimDraft noPair = scrub(visit().payer("commercial").by(ProviderType.PT).rationale().referral()
                .code("97110", 30, "lumbar").codeWithModifiers("99213", null, List.of("XS")));
        ClaimDraft beside25 = scrub(chiropractic().diagnosis("M54.50", "lumbar").code("98940", null, "lumbar")
                .codeWithModifiers("99213", null, List.of("25", "59")));

        assertThat(only(noPair, "modifier.conflict").message()).contains("99213 carries XS");
        assertThat(only(beside25, "modifier.conflict").message()).contains("99213 carries 59");
        none(beside25, "ncci.ptp");
    }

    @Test
    void twoSpinalCodesOnMedicareCountOnlyTheRegionsWithASubluxationWhenCombined() {
        ClaimDraft claim = scrub(visit().by(ProviderType.DC).activeTreatment().diagnosis("M99.01", "cervical")
                .diagnosis("M99.02", "thoracic").diagnosis("M99.03", "lumbar").diagnosis("M54.50", "lumbar")
                .code("98940", null, "cervical", "thoracic").code("98941", null, "lumbar", "sacral", "pelvic"));

        Finding finding = only(claim, "dx.subluxation");
        assertThat(finding.message()).contains("3 of 5").contains("none for sacral, pelvic").contains("support 98941");
        assertThat(finding.fix()).hasValueSatisfying(fix -> assertThat(fix).startsWith("Bill 98941 once in place of 98940 and 98941"));
    }

    @Test
    void anOfficeVisitWithAPhysicalTherapyEvaluationAlsoAsksFor25() {
        ClaimDraft claim = scrub(visit().payer("commercial").by(ProviderType.PT).rationale()
                .code("97161", null, "lumbar").code("99203", null));

        assertThat(only(claim, "ncci.ptp").fix()).hasValueSatisfying(fix -> assertThat(fix).startsWith("Append 25 to 99203"));
    }
}

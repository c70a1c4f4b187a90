package dev.cleanclaim.rules;

import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.claim.Remedy;
import dev.cleanclaim.core.claim.Severity;
import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.payer.PracticePayers;
import dev.cleanclaim.core.payer.StarterPayer;
import dev.cleanclaim.core.practice.PayerAccount;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static dev.cleanclaim.rules.Scrubbed.findings;
import static dev.cleanclaim.rules.Scrubbed.line;
import static dev.cleanclaim.rules.Scrubbed.none;
import static dev.cleanclaim.rules.Scrubbed.only;
import static dev.cleanclaim.rules.Scrubbed.scrub;
import static dev.cleanclaim.rules.Scrubbed.scrubRemedied;
import static dev.cleanclaim.rules.Scrubbed.visit;
import static org.assertj.core.api.Assertions.assertThat;

class PayerRulesTest {

    @Test
    void medicareDoesNotPayMassageTherapists() {
        ClaimDraft claim = scrub(visit().by(ProviderType.LMT).necessity("tight-muscles").rationale().code("97124", 30, "lumbar"));

        assertThat(only(claim, "provider.not-eligible").message()).contains("not Medicare providers");
    }

    @Test
    void aPhysicalTherapistsMassageIsEligibleForMedicare() {
        none(scrub(visit().necessity("tight-muscles").rationale().code("97124", 30, "lumbar")), "provider.not-eligible");
    }

    @Test
    void aProviderCannotBillACodeOutsideTheirLicence() {
        ClaimDraft claim = scrub(visit().payer("self-pay").by(ProviderType.LMT).code("98941", null, "cervical", "thoracic", "lumbar"));

        assertThat(only(claim, "provider.not-eligible").message()).contains("98941").contains("licensed massage therapist");
    }

    @Test
    void theBlueCrossPlanWithTheExclusionRefusesAnIndependentMassageTherapist() {
        ClaimDraft claim = scrub(visit().payer("bcbs-massage-exclusion").by(ProviderType.LMT).code("97124", 30, "lumbar"));

        assertThat(only(claim, "provider.not-eligible").message()).contains("Independent massage therapists");
    }

    @Test
    void tricarePaysMassageOnlyFromTherapists() {
        ClaimDraft byLmt = scrub(visit().payer("tricare").by(ProviderType.LMT).referral().rationale()
                .necessity("tight-muscles").code("97124", 30, "lumbar"));
        ClaimDraft byPt = scrub(visit().payer("tricare").by(ProviderType.PT).referral().rationale()
                .necessity("tight-muscles").code("97124", 30, "lumbar"));

        assertThat(only(byLmt, "provider.not-eligible").message()).contains("TRICARE");
        none(byPt, "provider.not-eligible");
    }

    @Test
    void blueCrossDeniesMassageWithManipulationAsIncidentalAtTheProvidersCost() {
        ClaimDraft claim = scrub(visit().payer("bcbs-massage-exclusion").by(ProviderType.DC).diagnosis("M99.01", "cervical")
                .diagnosis("M62.830", "lumbar").code("98940", null, "cervical").code("97124", 30, "lumbar"));

        Finding finding = only(claim, "payer.excluded");
        assertThat(finding.message()).contains("incidental").contains("provider's liability");
        assertThat(finding.codes()).containsExactly("97124");
        assertThat(finding.remedy()).contains(new Remedy.DropService("97124"));
    }

    @Test
    void droppingTheIncidentalMassageLeavesBlueCrossAClaimItPays() {
        VisitBuilder visit = visit().payer("bcbs-massage-exclusion").by(ProviderType.DC).diagnosis("M99.01", "cervical")
                .diagnosis("M62.830", "lumbar").code("98940", null, "cervical").code("97124", 30, "lumbar");

        ClaimDraft fixed = scrubRemedied(visit, only(scrub(visit), "payer.excluded"));

        none(fixed, "payer.excluded");
        assertThat(fixed.lines()).extracting(ClaimLine::code).containsExactly("98940");
    }

    @Test
    void twoIncidentalCodesGetTheFixInWordsBecauseARemedyIsOneEdit() {
        ClaimDraft claim = scrub(visit().payer("bcbs-massage-exclusion").by(ProviderType.DC).diagnosis("M99.01", "cervical")
                .diagnosis("M62.830", "lumbar").diagnosis("M25.561", "right-knee").code("98940", null, "cervical")
                .code("97124", 30, "lumbar").code("97140", 15, "right-knee"));

        assertThat(only(claim, "payer.excluded").codes()).containsExactly("97124", "97140");
        assertThat(only(claim, "payer.excluded").remedy()).isEmpty();
    }

    @Test
    void blueCrossDeniesMassageAloneAsAContractExclusionAtThePatientsCost() {
        ClaimDraft claim = scrub(visit().payer("bcbs-massage-exclusion").by(ProviderType.PT).code("97140", 30, "lumbar"));

        assertThat(only(claim, "payer.excluded").message()).contains("contract exclusion").contains("patient's liability");
        assertThat(only(claim, "payer.excluded").remedy()).as("the patient is billed instead: no edit of the visit").isEmpty();
    }

    @Test
    void otherPayersDoNotExcludeMassage() {
        none(scrub(visit().payer("commercial").referral().code("97124", 30, "lumbar")), "payer.excluded");
    }

    @Test
    void aBluePlanInGeneralPaysMassageAndManualTherapyWithManipulation() {
        ClaimDraft claim = scrub(visit().payer("bcbs").by(ProviderType.DC).diagnosis("M99.01", "cervical")
                .diagnosis("M62.830", "lumbar").diagnosis("M25.561", "right-knee").code("98940", null, "cervical")
                .code("97124", 30, "lumbar").code("97140", 15, "right-knee"));

        none(claim, "payer.excluded");
    }

    @Test
    void aBluePlanInGeneralTakesAnIndependentMassageTherapistsMassage() {
        ClaimDraft claim = scrub(visit().payer("bcbs").by(ProviderType.LMT).necessity("tight-muscles").rationale()
                .code("97124", 30, "lumbar"));

        none(claim, "payer.excluded");
        none(claim, "provider.not-eligible");
    }

    @Test
    void theStarterDirectorysEntryForThePlanThatPublishedTheExclusionHasItsClaimsExcluded() {
        StarterPayer starter = StarterDirectoryReader.builtIn().stream()
                .filter(payer -> payer.id().equals("bcbs-massage-exclusion")).findFirst().orElseThrow();
        Payer plan = entry(starter.id(), starter.asAccount());

        ClaimDraft claim = scrub(visit().billedTo(plan).by(ProviderType.PT).code("97140", 30, "lumbar"));

        assertThat(only(claim, "payer.excluded").message())
                .startsWith("Blue Cross (massage and manual therapy excluded) does not reimburse 97140");
    }

    @Test
    void aPracticesOwnEntryOnThatPlansPackHasItsClaimsExcludedUnderItsOwnName() {
        Payer plan = entry("blue-somewhere", new PayerAccount("bcbs-massage-exclusion", "Blue Cross of Somewhere", "BLUE1",
                Optional.empty()));

        ClaimDraft claim = scrub(visit().billedTo(plan).by(ProviderType.PT).code("97140", 30, "lumbar"));

        assertThat(only(claim, "payer.excluded").message()).startsWith("Blue Cross of Somewhere does not reimburse 97140");
    }

    @Test
    void aPracticesEntryForAnotherBluePlanHasItsMassageAndManualTherapyPaid() {
        Payer plan = entry("blue-elsewhere", new PayerAccount("bcbs", "Blue Cross of Elsewhere", "BLUE2", Optional.empty()));

        none(scrub(visit().billedTo(plan).by(ProviderType.PT).code("97140", 30, "lumbar").code("97124", 15, "lumbar")),
                "payer.excluded");
    }

    /** The payer a claim goes to when the practice's payer directory has this entry. */
    private static Payer entry(String id, PayerAccount account) {
        return new PracticePayers(BuiltInRuleDataTest.RULES.payers(), Map.of(id, account)).find(id).orElseThrow();
    }

    @Test
    void medicareDoesNotCoverExtraspinalManipulation() {
        ClaimDraft claim = scrub(visit().by(ProviderType.DC).activeTreatment().diagnosis("M99.07", "left-shoulder")
                .diagnosis("M25.512", "left-shoulder").code("98943", null, "left-shoulder"));

        Finding finding = only(claim, "payer.not-covered");
        assertThat(finding.codes()).containsExactly("98943");
        assertThat(finding.severity()).as("excluded by law: marked GY, not an error to fix").isEqualTo(Severity.WARNING);
        assertThat(finding.message()).contains("never covers extraspinal manipulation").contains("GY is on 98943");
        assertThat(finding.fix()).hasValueSatisfying(fix -> assertThat(fix).contains("no ABN is needed")
                .doesNotContainIgnoringCase("appeal"));
        assertThat(line(claim, "98943").modifiers()).contains("GY").doesNotContain("GX", "GA", "GZ");
    }

    @Test
    void medicarePaysAChiropractorOnlyForSpinalManipulation() {
        ClaimDraft claim = scrub(visit().by(ProviderType.DC).activeTreatment().diagnosis("M99.01", "cervical")
                .diagnosis("M54.2", "cervical").code("98940", null, "cervical").code("97110", 15, "cervical"));

        Finding finding = only(claim, "payer.not-covered");
        assertThat(finding.codes()).containsExactly("97110");
        assertThat(finding.message()).contains("only manipulation of the spine").contains("GY is on 97110");
        assertThat(line(claim, "97110").modifiers()).contains("GY");
        assertThat(line(claim, "98940").modifiers()).containsExactly("AT");
    }

    @Test
    void aChiropractorsOfficeVisitAndMassageToMedicareTakeGyAndWithAVoluntaryAbnGxToo() {
        ClaimDraft claim = scrub(visit().by(ProviderType.DC).activeTreatment().abn().rationale()
                .necessity("tight-muscles").diagnosis("M99.03", "lumbar").diagnosis("M54.50", "lumbar")
                .diagnosis("M62.830", "left-shoulder").code("98940", null, "lumbar").code("99213", null)
                .code("97124", 15, "left-shoulder"));

        Finding finding = only(claim, "payer.not-covered");
        assertThat(finding.codes()).containsExactlyInAnyOrder("99213", "97124");
        assertThat(finding.message()).contains("GY and GX").contains("voluntary ABN");
        assertThat(line(claim, "99213").modifiers()).contains("GY", "GX");
        assertThat(line(claim, "97124").modifiers()).contains("GY", "GX");
        assertThat(findings(claim, "ncci.ptp")).as("an excluded visit needs no 25: it is denied anyway").isEmpty();
    }

    @Test
    void noMedicareFindingSuggestsAnAppealCanPayANonCoveredService() {
        ClaimDraft claim = scrub(visit().by(ProviderType.DC).diagnosis("M99.07", "left-shoulder")
                .diagnosis("M25.512", "left-shoulder").code("98943", null, "left-shoulder").code("99213", null)
                .code("97140", 15, "left-shoulder"));

        assertThat(claim.findings()).allSatisfy(each -> {
            assertThat(each.message()).doesNotContainIgnoringCase("appeal");
            assertThat(each.fix().orElse("")).doesNotContainIgnoringCase("appeal");
        });
    }

    @Test
    void aPhysicalTherapistsServicesToMedicareAreNotStatutorilyExcluded() {
        ClaimDraft claim = scrub(visit().by(ProviderType.PT).rationale().code("97110", 15, "lumbar"));

        none(claim, "payer.not-covered");
        assertThat(line(claim, "97110").modifiers()).doesNotContain("GY");
    }

    @Test
    void tricareDoesNotCostShareAChiropractorsManipulation() {
        ClaimDraft claim = scrub(visit().payer("tricare").by(ProviderType.DC).referral().rationale()
                .diagnosis("M99.01", "cervical").diagnosis("M99.07", "left-shoulder")
                .code("98940", null, "cervical").code("98943", null, "left-shoulder"));

        Finding finding = only(claim, "payer.not-covered");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.codes()).containsExactly("98940", "98943");
        assertThat(finding.message()).contains("TRICARE does not cover chiropractic manipulation").contains("active duty");
        assertThat(finding.fix()).hasValueSatisfying(fix -> assertThat(fix).contains("Do not send the manipulation to TRICARE")
                .contains("agreed in writing, before the visit").doesNotContainIgnoringCase("appeal"));
    }

    @Test
    void tricaresManipulationFindingNamesOnlyTheManipulationOfAChiropractorsVisit() {
        ClaimDraft claim = scrub(visit().payer("tricare").by(ProviderType.DC).referral().rationale()
                .necessity("restricted-joint-motion").diagnosis("M99.01", "cervical").diagnosis("M25.512", "left-shoulder")
                .code("98940", null, "cervical").codeAndTechnique("97140", "joint mobilization", 15, "left-shoulder"));

        assertThat(only(claim, "payer.not-covered").codes()).containsExactly("98940");
    }

    @Test
    void otherPayersPayTheChiropractorsManipulationThatTricareDoesNot() {
        for (String payer : java.util.List.of("commercial", "uhc", "medicare")) {
            ClaimDraft claim = scrub(visit().payer(payer).by(ProviderType.DC).referral().rationale().activeTreatment()
                    .diagnosis("M99.01", "cervical").diagnosis("M54.2", "cervical").code("98940", null, "cervical"));

            none(claim, "payer.not-covered");
        }
    }

    @Test
    void tricaresPhysicalTherapyIsNotTouchedByTheManipulationExclusion() {
        none(scrub(visit().payer("tricare").by(ProviderType.PT).referral().rationale().necessity("restricted-joint-motion")
                .diagnosis("M54.50", "lumbar").code("97110", 30, "lumbar")
                .codeAndTechnique("97140", "joint mobilization", 15, "lumbar")), "payer.not-covered");
    }

    @Test
    void medicaidMassageIsAWarningToVerifyBenefits() {
        ClaimDraft claim = scrub(visit().payer("medicaid").referral().rationale().necessity("tight-muscles")
                .code("97124", 30, "lumbar"));

        assertThat(only(claim, "payer.not-covered").severity()).isEqualTo(Severity.WARNING);
    }
}

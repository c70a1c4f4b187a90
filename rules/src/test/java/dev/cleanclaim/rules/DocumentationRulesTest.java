package dev.cleanclaim.rules;

import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.claim.Severity;
import org.junit.jupiter.api.Test;

import static dev.cleanclaim.rules.Scrubbed.findings;
import static dev.cleanclaim.rules.Scrubbed.none;
import static dev.cleanclaim.rules.Scrubbed.only;
import static dev.cleanclaim.rules.Scrubbed.scrub;
import static dev.cleanclaim.rules.Scrubbed.visit;
import static org.assertj.core.api.Assertions.assertThat;

class DocumentationRulesTest {

    @Test
    void massageForMedicareNeedsOneOfTheSevenConditions() {
        ClaimDraft claim = scrub(visit().rationale().code("97124", 30, "lumbar"));

        Finding finding = only(claim, "doc.medical-necessity");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).contains("the visit records none")
                .contains("tight muscles with shortening and/or spasticity")
                .contains("paralyzed musculature contributing to impaired circulation").contains("contractures");
        assertThat(finding.message()).doesNotContain("tight-muscles");
    }

    @Test
    void aDocumentedConditionSatisfiesIt() {
        none(scrub(visit().rationale().necessity("tissue-sensitivity").code("97124", 30, "lumbar")), "doc.medical-necessity");
    }

    @Test
    void eachManualTherapyTechniqueNeedsItsOwnFinding() {
        ClaimDraft wrong = scrub(visit().rationale().necessity("cervical-radiculopathy")
                .codeAndTechnique("97140", "joint mobilization", 15, "lumbar"));
        ClaimDraft right = scrub(visit().rationale().necessity("restricted-joint-motion")
                .codeAndTechnique("97140", "joint mobilization", 15, "lumbar"));

        assertThat(only(wrong, "doc.medical-necessity").message()).contains("joint mobilization")
                .contains("documented restricted joint motion");
        none(right, "doc.medical-necessity");
    }

    @Test
    void aDocumentedConditionThatDoesNotSupportTheCodeIsNamedWithWhatItDoesSupport() {
        ClaimDraft claim = scrub(visit().rationale().necessity("cervical-radiculopathy").code("97124", 30, "lumbar"));

        assertThat(only(claim, "doc.medical-necessity").message())
                .contains("The visit records cervical radiculopathy, which supports 97140 and manual traction, not 97124.")
                .contains("Conditions that support 97124: ");
    }

    @Test
    void aConditionThatSupportsTheCodeButNotTheTechniqueSaysWhichTechniqueItSupports() {
        ClaimDraft claim = scrub(visit().rationale().necessity("interstitial-fluid")
                .codeAndTechnique("97140", "joint mobilization", 15, "lumbar"));

        assertThat(only(claim, "doc.medical-necessity").message())
                .contains("excessive fluid in interstitial spaces or joints, which supports 97124 and manual lymphatic"
                        + " drainage, not joint mobilization")
                .contains("Conditions that support joint mobilization: contractures and decreased range of motion;"
                        + " documented restricted joint motion.");
    }

    @Test
    void severalConditionsOnFileAreEachNamed() {
        ClaimDraft claim = scrub(visit().rationale().necessity("tight-muscles", "painful-spasm")
                .codeAndTechnique("97140", "manual traction", 15, "cervical"));

        assertThat(only(claim, "doc.medical-necessity").message())
                .contains("tight muscles with shortening and/or spasticity (supports 97124 and stretching of shortened tissue)")
                .contains("painful spasm (supports non-chiropractic manipulation)")
                .contains("none of which supports manual traction");
    }

    @Test
    void theFixAsksToMarkTheConditionOnTheVisitNotToEditAField() {
        ClaimDraft claim = scrub(visit().rationale().code("97124", 30, "lumbar"));

        assertThat(only(claim, "doc.medical-necessity").fix()).hasValueSatisfying(fix -> assertThat(fix)
                .contains("mark it on the visit").doesNotContain("documentation.").doesNotContain(" its id "));
    }

    @Test
    void commercialPlansWantAReferralForMassage() {
        ClaimDraft without = scrub(visit().payer("commercial").code("97124", 30, "lumbar"));
        ClaimDraft with = scrub(visit().payer("commercial").referral().code("97124", 30, "lumbar"));

        assertThat(only(without, "doc.referral").severity()).isEqualTo(Severity.ERROR);
        none(with, "doc.referral");
    }

    @Test
    void timedServicesWithoutAClinicalRationaleOrSiteAreWarned() {
        ClaimDraft claim = scrub(visit().payer("commercial").code("97110", 30));

        assertThat(findings(claim, "doc.missing")).extracting(Finding::message)
                .anySatisfy(message -> assertThat(message).contains("clinical rationale"))
                .anySatisfy(message -> assertThat(message).contains("no anatomical site"));
    }

    @Test
    void anUnlistedProcedureMustBeDescribed() {
        ClaimDraft without = scrub(visit().payer("self-pay").code("97139", null, "lumbar"));
        ClaimDraft with = scrub(visit().payer("self-pay").describedCode("97139", "cupping, 6 cups, lumbar paraspinals", "lumbar"));

        assertThat(only(without, "doc.missing").severity()).isEqualTo(Severity.ERROR);
        none(with, "doc.missing");
    }

    @Test
    void aLineWhoseRegionHasNoDiagnosisIsWarned() {
        ClaimDraft claim = scrub(visit().payer("self-pay").diagnosis("M62.830", "lumbar").code("97124", 30, "left-knee"));

        assertThat(only(claim, "dx.pointer").message()).contains("left-knee");
    }

    @Test
    void moreThanTwelveDiagnosesIsAnError() {
        VisitBuilder visit = visit().payer("self-pay");
        String[] codes = {"M54.2", "M54.50", "M54.6", "M62.830", "M62.838", "M25.511", "M25.512", "M25.551", "M25.552",
                "M25.561", "M25.562", "M79.18", "M79.7"};
        for (String code : codes) {
            visit.diagnosis(code, "lumbar");
        }

        ClaimDraft claim = scrub(visit.code("97124", 30, "lumbar"));

        assertThat(only(claim, "dx.pointer").message()).contains("13 diagnoses");
    }
}

package dev.cleanclaim.rules;

import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.claim.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.cleanclaim.rules.Scrubbed.scrub;
import static dev.cleanclaim.rules.Scrubbed.visit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-documented visits stay quiet under every payer pack: no rule raises an error or a warning about the visit.
 * The built-in NCCI PTP table is of 2024Q3, so a 2026 visit of two codes is also told to import the current
 * quarter: that warning is about the rule data, not the visit, and is left out here.
 */
class CleanVisitsTest {

    @ParameterizedTest(name = "a physical therapist's documented visit is clean for {0}")
    @ValueSource(strings = {"medicare", "medicare-advantage", "medicaid", "bcbs", "uhc", "tricare", "commercial", "self-pay"})
    void aPhysicalTherapistsDocumentedVisitIsClean(String payer) {
        ClaimDraft claim = scrub(visit().payer(payer).by(ProviderType.PT).referral().rationale()
                .necessity("restricted-joint-motion")
                .diagnosis("M54.50", "lumbar").diagnosis("M25.511", "right-shoulder")
                .code("97110", 30, "lumbar").codeAndTechnique("97140", "joint mobilization", 15, "right-shoulder"));

        assertThat(aboutTheVisit(claim)).as(payer).extracting(Finding::severity).doesNotContain(Severity.ERROR, Severity.WARNING);
    }

    @ParameterizedTest(name = "a chiropractor's documented visit is clean for {0}")
    @ValueSource(strings = {"medicare", "bcbs", "uhc", "commercial", "self-pay"})
    void aChiropractorsDocumentedManipulationIsClean(String payer) {
        ClaimDraft claim = scrub(visit().payer(payer).by(ProviderType.DC).referral().rationale().activeTreatment()
                .diagnosis("M99.01", "cervical").diagnosis("M99.02", "thoracic").diagnosis("M54.2", "cervical")
                .code("98940", null, "cervical", "thoracic"));

        assertThat(aboutTheVisit(claim)).as(payer).extracting(Finding::severity).doesNotContain(Severity.ERROR, Severity.WARNING);
        assertThat(claim.hasErrors()).isFalse();
    }

    @ParameterizedTest(name = "massage with its condition documented is clean for {0}")
    @ValueSource(strings = {"commercial", "self-pay", "uhc", "bcbs"})
    void aMassageTherapistsDocumentedMassageIsClean(String payer) {
        ClaimDraft claim = scrub(visit().payer(payer).by(ProviderType.LMT).referral().rationale().necessity("tight-muscles")
                .code("97124", 60, "lumbar"));

        assertThat(aboutTheVisit(claim)).as(payer).extracting(Finding::severity).doesNotContain(Severity.ERROR, Severity.WARNING);
    }

    private static java.util.List<Finding> aboutTheVisit(ClaimDraft claim) {
        return claim.findings().stream().filter(finding -> !finding.rule().equals("ncci.ptp-quarter")).toList();
    }
}

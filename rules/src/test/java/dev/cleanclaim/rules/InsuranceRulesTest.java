package dev.cleanclaim.rules;

import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.claim.Severity;
import org.junit.jupiter.api.Test;

import static dev.cleanclaim.rules.Scrubbed.none;
import static dev.cleanclaim.rules.Scrubbed.only;
import static dev.cleanclaim.rules.Scrubbed.scrub;
import static dev.cleanclaim.rules.Scrubbed.visit;
import static org.assertj.core.api.Assertions.assertThat;

class InsuranceRulesTest {

    private static VisitBuilder therapy() {
        return visit().rationale().diagnosis("M54.50", "lumbar").code("97110", 30, "lumbar");
    }

    @Test
    void aMedicarePatientOnSomeoneElsesPolicyIsRefused() {
        Finding finding = only(scrub(therapy().insuredAsSpouse("1EG4TE5MK73")), "insurance.subscriber");

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).contains("always the subscriber").contains("spouse");
        assertThat(finding.fix()).hasValueSatisfying(fix -> assertThat(fix).contains("relationship to self"));
    }

    @Test
    void aMedicarePatientInsuredInTheirOwnNameIsQuiet() {
        none(scrub(therapy().insuredSelf("Ruth", "Okafor", "1EG4TE5MK73")), "insurance.subscriber");
        none(scrub(therapy().insuredSelf("Ruth", "Okafor", "1EG4TE5MK73")), "insurance.member-id");
    }

    @Test
    void aSpouseOnACommercialPolicyIsNoProblem() {
        ClaimDraft claim = scrub(therapy().payer("commercial").referral().insuredAsSpouse("XYZ123456"));

        none(claim, "insurance.subscriber");
        none(claim, "insurance.member-id");
    }

    @Test
    void medicareAdvantageAlsoInsuresEachPersonInTheirOwnName() {
        assertThat(only(scrub(therapy().payer("medicare-advantage").insuredAsSpouse("MA0012345")), "insurance.subscriber")
                .message()).startsWith("Medicare Advantage");
    }

    @Test
    void anOldSocialSecurityBasedMedicareNumberIsRefused() {
        Finding finding = only(scrub(therapy().insuredSelf("Ruth", "Okafor", "123456789A")), "insurance.member-id");

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).contains("HICN");
    }

    @Test
    void anMbiKeptWithTheCardsDashesIsRefusedWithTheSpellingToUse() {
        Finding finding = only(scrub(therapy().insuredSelf("Ruth", "Okafor", "1EG4-TE5-MK73")), "insurance.member-id");

        assertThat(finding.message()).contains("1EG4TE5MK73");
        assertThat(finding.fix()).hasValueSatisfying(fix -> assertThat(fix).startsWith("Enter it as 1EG4TE5MK73"));
    }

    @Test
    void aVisitWithoutItsPatientIsNotJudgedOnInsurance() {
        ClaimDraft claim = scrub(therapy());

        none(claim, "insurance.subscriber");
        none(claim, "insurance.member-id");
        none(claim, "claim.name-spelling");
    }

    @Test
    void aNameBeyondTheLettersAToZIsSpelledPlainAndTheBillerIsTold() {
        Finding finding = only(scrub(therapy().insuredSelf("Łukasz", "Strauß", "1EG4TE5MK73")), "claim.name-spelling");

        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.message()).contains("Łukasz Strauß goes on the claim as LUKASZ STRAUSS");
        none(scrub(therapy().insuredSelf("Ruth", "O'Brien-Okafor", "1EG4TE5MK73")), "claim.name-spelling");
    }
}

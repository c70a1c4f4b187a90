package dev.cleanclaim.rules;

import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.claim.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.cleanclaim.rules.Scrubbed.findings;
import static dev.cleanclaim.rules.Scrubbed.line;
import static dev.cleanclaim.rules.Scrubbed.none;
import static dev.cleanclaim.rules.Scrubbed.only;
import static dev.cleanclaim.rules.Scrubbed.scrub;
import static dev.cleanclaim.rules.Scrubbed.visit;
import static org.assertj.core.api.Assertions.assertThat;

class ModifierRulesTest {

    @Test
    void medicareGetsGpOnAlwaysTherapyCodesFromAPhysicalTherapist() {
        ClaimDraft claim = scrub(visit().rationale().code("97110", 30, "lumbar"));

        assertThat(line(claim, "97110").modifiers()).containsExactly("GP");
        assertThat(only(claim, "modifier.therapy").severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void anOccupationalTherapistsPlanOfCareTakesGo() {
        ClaimDraft claim = scrub(visit().by(ProviderType.OT).rationale().code("97530", 30, "upper-extremity"));

        assertThat(line(claim, "97530").modifiers()).containsExactly("GO");
    }

    @Test
    void aPtEvaluationBilledWithGoIsAnError() {
        ClaimDraft claim = scrub(visit().codeWithModifiers("97161", null, List.of("GO")));

        assertThat(only(claim, "modifier.therapy").fix()).hasValue("Replace GO with GP on 97161.");
    }

    @Test
    void theBillersOwnTherapyModifierIsKeptQuietly() {
        none(scrub(visit().rationale().codeWithModifiers("97110", 30, List.of("GP"), "lumbar")), "modifier.therapy");
    }

    @Test
    void unitedHealthcareWantsGpOnChiropracticToo() {
        ClaimDraft claim = scrub(visit().payer("uhc").by(ProviderType.DC).diagnosis("M99.01", "cervical")
                .code("98940", null, "cervical"));

        assertThat(line(claim, "98940").modifiers()).contains("GP");
    }

    @Test
    void activeMedicareManipulationGetsAt() {
        ClaimDraft claim = scrub(visit().by(ProviderType.DC).activeTreatment()
                .diagnosis("M99.03", "lumbar").diagnosis("M54.50", "lumbar").code("98940", null, "lumbar"));

        assertThat(line(claim, "98940").modifiers()).containsExactly("AT");
        assertThat(only(claim, "modifier.at").severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void maintenanceManipulationWithoutAnAbnGoesOutWithGzNeverAsIfPayable() {
        ClaimDraft withoutAbn = scrub(visit().by(ProviderType.DC)
                .diagnosis("M99.03", "lumbar").diagnosis("M54.50", "lumbar").code("98940", null, "lumbar"));

        Finding finding = only(withoutAbn, "modifier.at");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).contains("Maintenance care").contains("not medically necessary")
                .contains("GZ").contains("may not be billed");
        assertThat(line(withoutAbn, "98940").modifiers()).containsExactly("GZ");
    }

    @Test
    void maintenanceManipulationWithASignedAbnTakesGaAndThePatientPays() {
        ClaimDraft withAbn = scrub(visit().by(ProviderType.DC).abn()
                .diagnosis("M99.03", "lumbar").diagnosis("M54.50", "lumbar").code("98940", null, "lumbar"));

        assertThat(line(withAbn, "98940").modifiers()).containsExactly("GA");
        assertThat(only(withAbn, "modifier.at").severity()).isEqualTo(Severity.WARNING);
        assertThat(only(withAbn, "modifier.at").message()).contains("patient liable");
    }

    @Test
    void gaWithoutADocumentedAbnIsAnErrorAndGzWithOneIsToo() {
        ClaimDraft gaWithoutAbn = scrub(visit().by(ProviderType.DC).diagnosis("M99.03", "lumbar")
                .diagnosis("M54.50", "lumbar").codeWithModifiers("98940", null, List.of("GA"), "lumbar"));
        ClaimDraft gzWithAbn = scrub(visit().by(ProviderType.DC).abn().diagnosis("M99.03", "lumbar")
                .diagnosis("M54.50", "lumbar").codeWithModifiers("98940", null, List.of("GZ"), "lumbar"));

        assertThat(only(gaWithoutAbn, "modifier.at").severity()).isEqualTo(Severity.ERROR);
        assertThat(only(gaWithoutAbn, "modifier.at").fix()).hasValueSatisfying(fix -> assertThat(fix).contains("GZ"));
        assertThat(only(gzWithAbn, "modifier.at").severity()).isEqualTo(Severity.ERROR);
        assertThat(line(gzWithAbn, "98940").modifiers()).containsExactly("GZ");
    }

    @Test
    void activeTreatmentAddsNoLiabilityModifier() {
        ClaimDraft claim = scrub(visit().by(ProviderType.DC).activeTreatment().abn()
                .diagnosis("M99.03", "lumbar").diagnosis("M54.50", "lumbar").code("98940", null, "lumbar"));

        assertThat(line(claim, "98940").modifiers()).containsExactly("AT");
    }

    @Test
    void liabilityModifiersThatContradictEachOtherAreAConflict() {
        ClaimDraft atWithGz = scrub(visit().by(ProviderType.DC).activeTreatment().diagnosis("M99.03", "lumbar")
                .diagnosis("M54.50", "lumbar").codeWithModifiers("98940", null, List.of("GZ"), "lumbar"));
        ClaimDraft gyWithGa = scrub(visit().by(ProviderType.DC).activeTreatment().diagnosis("M99.03", "lumbar")
                .diagnosis("M54.50", "lumbar").code("98940", null, "lumbar")
                .codeWithModifiers("97140", 15, List.of("GA"), "left-shoulder"));

        assertThat(only(atWithGz, "modifier.conflict").message()).contains("AT and GZ");
        assertThat(findings(gyWithGa, "modifier.conflict")).extracting(Finding::message)
                .anySatisfy(message -> assertThat(message).contains("GY and GA"));
        none(scrub(visit().by(ProviderType.DC).activeTreatment().diagnosis("M99.03", "lumbar")
                .diagnosis("M54.50", "lumbar").code("98940", null, "lumbar")), "modifier.conflict");
    }

    @Test
    void atWithoutDocumentedActiveTreatmentIsAnError() {
        ClaimDraft claim = scrub(visit().by(ProviderType.DC).diagnosis("M99.03", "lumbar").diagnosis("M54.50", "lumbar")
                .codeWithModifiers("98940", null, List.of("AT"), "lumbar"));

        assertThat(only(claim, "modifier.at").severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void atAndGaTogetherConflict() {
        ClaimDraft claim = scrub(visit().by(ProviderType.DC).activeTreatment().diagnosis("M99.03", "lumbar")
                .diagnosis("M54.50", "lumbar").codeWithModifiers("98940", null, List.of("GA"), "lumbar"));

        assertThat(only(claim, "modifier.conflict").message()).contains("AT").contains("GA");
    }

    @Test
    void anAssistantsServiceTakesCqAndIsPricedAt85Percent() {
        ClaimDraft assisted = scrub(visit().rationale().assistedCode("97110", 30, "lumbar"));
        ClaimDraft byTherapist = scrub(visit().rationale().code("97110", 30, "lumbar"));

        assertThat(line(assisted, "97110").modifiers()).containsExactly("CQ", "GP");
        // RVU26C national: 0.87 RVU x $33.4009 = $29.06 a unit; 2 units = $58.12; 85% = $49.402, $49.40.
        assertThat(line(byTherapist, "97110").allowed()).hasValueSatisfying(a -> assertThat(a).hasToString("58.12"));
        assertThat(line(assisted, "97110").allowed()).hasValueSatisfying(a -> assertThat(a).hasToString("49.40"));
    }

    @Test
    void aPtAssistantsVisitTakesCqOnEveryTherapyLineWithoutMarkingEachService() {
        ClaimDraft claim = scrub(visit().by(ProviderType.PTA).rationale().diagnosis("M17.11", "right-knee")
                .code("97110", 25, "right-knee").code("97116", 15, "right-knee"));

        assertThat(line(claim, "97110").modifiers()).contains("CQ");
        assertThat(line(claim, "97116").modifiers()).contains("CQ");
    }

    @Test
    void anOtAssistantTakesCo() {
        ClaimDraft claim = scrub(visit().by(ProviderType.OTA).rationale().code("97530", 30, "upper-extremity"));

        assertThat(line(claim, "97530").modifiers()).containsExactly("CO", "GO");
    }

    @Test
    void assistantModifiersStartIn2020() {
        ClaimDraft claim = scrub(visit().on("2019-11-04").rationale().assistedCode("97110", 30, "lumbar"));

        none(claim, "modifier.assistant");
    }

    @Test
    void fiftyNineWithAnXModifierConflicts() {
        ClaimDraft claim = scrub(visit().payer("commercial").rationale()
                .codeWithModifiers("97110", 30, List.of("59", "XS"), "lumbar"));

        assertThat(only(claim, "modifier.conflict").fix()).hasValue("Keep XS (the more precise one) and remove 59.");
    }

    @Test
    void moreThanFourModifiersIsAnError() {
        ClaimDraft claim = scrub(visit().payer("commercial").rationale()
                .codeWithModifiers("97110", 30, List.of("GP", "XS", "KX", "CQ", "LT"), "lumbar"));

        assertThat(only(claim, "modifier.conflict").message()).contains("5 modifiers");
    }

    @Test
    void modifiersFollowThePayersOrderPricingModifiersFirst() {
        ClaimDraft claim = scrub(visit().rationale().therapySoFar("2450.00").assistedCode("97110", 30, "lumbar"));

        assertThat(line(claim, "97110").modifiers()).containsExactly("CQ", "GP", "KX");
    }

    @Test
    void theBlueCrossPlansEmployedMassageTherapistIsBilledWithU7() {
        ClaimDraft claim = scrub(visit().payer("bcbs-massage-exclusion").by(ProviderType.LMT).employedBy(ProviderType.DC)
                .code("97124", 30, "lumbar"));

        assertThat(line(claim, "97124").modifiers()).contains("U7");
        assertThat(only(claim, "modifier.employed").message()).contains("U7");
        none(claim, "provider.not-eligible");
    }

    @Test
    void aBluePlanInGeneralAsksNoU7OfAnEmployedMassageTherapist() {
        ClaimDraft claim = scrub(visit().payer("bcbs").by(ProviderType.LMT).employedBy(ProviderType.DC)
                .code("97124", 30, "lumbar"));

        assertThat(line(claim, "97124").modifiers()).doesNotContain("U7");
        none(claim, "modifier.employed");
    }

    @Test
    void medicareAdvantageMaintenanceCareGetsNoAbnModifiersAndSaysThePlanDecides() {
        ClaimDraft withAbn = scrub(visit().payer("medicare-advantage").by(ProviderType.DC).abn()
                .diagnosis("M99.03", "lumbar").diagnosis("M54.50", "lumbar").code("98940", null, "lumbar"));
        ClaimDraft withGa = scrub(visit().payer("medicare-advantage").by(ProviderType.DC)
                .diagnosis("M99.03", "lumbar").diagnosis("M54.50", "lumbar")
                .codeWithModifiers("98940", null, List.of("GA"), "lumbar"));

        assertThat(line(withAbn, "98940").modifiers()).doesNotContain("GA", "GZ");
        Finding finding = only(withAbn, "modifier.at");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).contains("does not use Medicare's ABN").contains("organization determination");
        assertThat(only(withGa, "modifier.at").severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void aChiropractorsExcludedTherapyToMedicareTakesNoKxNoDistinctModifierAndNoNecessityError() {
        ClaimDraft claim = scrub(visit().by(ProviderType.DC).activeTreatment().abn().therapySoFar("2470.00")
                .diagnosis("M99.03", "lumbar").diagnosis("M54.50", "lumbar").diagnosis("M25.511", "right-shoulder")
                .code("98940", null, "lumbar").code("97140", 30, "right-shoulder"));

        assertThat(line(claim, "97140").modifiers()).contains("GY", "GX").doesNotContain("KX", "XS", "59");
        assertThat(line(claim, "97140").allowed()).as("excluded by law: Medicare allows nothing")
                .hasValueSatisfying(allowed -> assertThat(allowed.toString()).isEqualTo("0.00"));
        none(claim, "modifier.conflict");
        none(claim, "cmt.region");
        none(claim, "cmt.documentation");
        none(claim, "doc.medical-necessity");
        assertThat(claim.hasErrors()).as("%s", claim.findings()).isFalse();
    }

    @Test
    void beforeGxExistedAVoluntaryAbnLeavesGyAlone() {
        ClaimDraft claim = scrub(visit().on("2009-06-01").by(ProviderType.DC).activeTreatment().abn()
                .diagnosis("M99.03", "lumbar").diagnosis("M54.50", "lumbar").code("98940", null, "lumbar")
                .code("97124", 30, "right-shoulder"));

        assertThat(line(claim, "97124").modifiers()).contains("GY").doesNotContain("GX");
        none(claim, "modifier.not-effective");
    }
}

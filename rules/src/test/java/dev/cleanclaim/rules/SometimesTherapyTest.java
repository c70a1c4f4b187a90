package dev.cleanclaim.rules;

import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.catalog.TherapyDesignation;
import dev.cleanclaim.core.claim.ClaimDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static dev.cleanclaim.rules.BuiltInRuleDataTest.RULES;
import static dev.cleanclaim.rules.Scrubbed.line;
import static dev.cleanclaim.rules.Scrubbed.none;
import static dev.cleanclaim.rules.Scrubbed.only;
import static dev.cleanclaim.rules.Scrubbed.scrub;
import static dev.cleanclaim.rules.Scrubbed.visit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17 §3: "sometimes therapy" codes are therapy, with GP/GO/GN, when a therapist furnishes them under a plan of
 * care, and not when a physician or chiropractor does; "always therapy" codes take one whoever furnishes them.
 */
class SometimesTherapyTest {

    @ParameterizedTest(name = "{0} is sometimes therapy")
    @ValueSource(strings = {"95851", "95852", "97750", "20560", "20561", "98975", "98976", "98977", "98978", "98979",
            "98980", "98981", "98984", "98985", "98986"})
    void theCodersSometimesTherapyCodesAreSometimesTherapyInTheCatalog(String code) {
        assertThat(RULES.codes().find(code).orElseThrow().therapy()).isEqualTo(TherapyDesignation.SOMETIMES);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"97110,ALWAYS", "97140,ALWAYS", "97124,ALWAYS", "97161,ALWAYS", "G0283,ALWAYS", "98940,NEVER",
            "99213,NEVER", "98925,NEVER"})
    void alwaysTherapyAndNeverTherapyCodesKeepTheirStanding(String code, TherapyDesignation therapy) {
        assertThat(RULES.codes().find(code).orElseThrow().therapy()).isEqualTo(therapy);
    }

    @Test
    void aPhysicalTherapistsRangeOfMotionMeasurementTakesGpAndTheFindingSaysWhy() {
        ClaimDraft claim = scrub(visit().rationale().code("95851", null, "lumbar"));

        assertThat(line(claim, "95851").modifiers()).containsExactly("GP");
        assertThat(only(claim, "modifier.therapy").message()).isEqualTo("Appended GP to 95851: a physical therapist"
                + " furnished it under a plan of care, so it is therapy, and Original Medicare requires the therapy"
                + " plan-of-care modifier on it.");
    }

    @Test
    void anOccupationalTherapistsPhysicalPerformanceTestTakesGo() {
        ClaimDraft claim = scrub(visit().by(ProviderType.OT).rationale().code("97750", 30, "upper-extremity"));

        assertThat(line(claim, "97750").modifiers()).containsExactly("GO");
        assertThat(only(claim, "modifier.therapy").message()).startsWith("Appended GO to 97750: an occupational"
                + " therapist furnished it under a plan of care, so it is therapy");
    }

    @Test
    void aPhysicalTherapistsRemoteMonitoringTakesGp() {
        ClaimDraft claim = scrub(visit().rationale().code("98977", null, "lumbar"));

        assertThat(line(claim, "98977").modifiers()).containsExactly("GP");
    }

    @Test
    void aPtAssistantsRemoteMonitoringIsTherapyAndTakesCqAndGp() {
        ClaimDraft claim = scrub(visit().by(ProviderType.PTA).rationale().code("98980", null, "lumbar"));

        assertThat(line(claim, "98980").modifiers()).containsExactly("CQ", "GP");
    }

    @Test
    void aChiropractorsRangeOfMotionMeasurementTakesNoTherapyModifier() {
        ClaimDraft claim = scrub(visit().by(ProviderType.DC).code("95851", null, "lumbar"));

        none(claim, "modifier.therapy");
        assertThat(line(claim, "95851").modifiers()).as("GY only: Medicare excludes a chiropractor's measurement")
                .containsExactly("GY");
    }

    @Test
    void aPhysiciansRemoteMonitoringAndPerformanceTestTakeNoTherapyModifier() {
        ClaimDraft claim = scrub(visit().by(ProviderType.MD).rationale()
                .code("98977", null, "lumbar").code("97750", 30, "lumbar"));

        none(claim, "modifier.therapy");
        assertThat(line(claim, "98977").modifiers()).doesNotContainAnyElementsOf(List.of("GP", "GO", "GN"));
        assertThat(line(claim, "97750").modifiers()).doesNotContainAnyElementsOf(List.of("GP", "GO", "GN"));
    }

    @Test
    void aPhysiciansDryNeedlingTakesNoTherapyModifierButAPhysicalTherapistsTakesGp() {
        ClaimDraft byPhysician = scrub(visit().by(ProviderType.MD).code("20560", null, "lumbar"));
        ClaimDraft byTherapist = scrub(visit().code("20560", null, "lumbar"));

        assertThat(line(byPhysician, "20560").modifiers()).isEmpty();
        assertThat(line(byTherapist, "20560").modifiers()).containsExactly("GP");
    }

    @Test
    void anAlwaysTherapyCodeStillTakesGpFromAChiropractor() {
        ClaimDraft claim = scrub(visit().by(ProviderType.DC).rationale().code("97110", 30, "lumbar"));

        assertThat(line(claim, "97110").modifiers()).as("GY too: Medicare excludes a chiropractor's therapy")
                .containsExactlyInAnyOrder("GP", "GY");
        assertThat(only(claim, "modifier.therapy").message())
                .isEqualTo("Appended GP to 97110: Original Medicare requires the therapy plan-of-care modifier on it.");
    }

    @Test
    void aPayerThatNamesCodeFamiliesStillPutsItsModifierOnAChiropractorsMeasurement() {
        ClaimDraft claim = scrub(visit().payer("uhc").by(ProviderType.DC).code("95851", null, "lumbar"));

        assertThat(line(claim, "95851").modifiers()).containsExactly("GP");
    }
}

package dev.cleanclaim.rules;

import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.claim.Remedy;
import dev.cleanclaim.core.region.BodyRegion;
import dev.cleanclaim.core.visit.Diagnosis;
import dev.cleanclaim.core.visit.RemedyApplier;
import dev.cleanclaim.core.visit.Service;
import dev.cleanclaim.core.visit.Visit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.cleanclaim.rules.BuiltInRuleDataTest.RULES;
import static dev.cleanclaim.rules.Scrubbed.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RemedyApplierTest {

    /** 98941 on the spine, 97140 by technique on the left shoulder and by code on the right knee, 97124 on the lumbar. */
    private static Visit chiropracticVisit() {
        return visit().by(ProviderType.DC).payer("commercial")
                .diagnosis("M99.01", "cervical").diagnosis("M54.2", "cervical")
                .code("98941", null, "cervical", "thoracic", "lumbar")
                .technique("joint mobilization", 15, "left-shoulder")
                .code("97140", 10, "right-knee")
                .code("97124", 15, "lumbar")
                .build();
    }

    private static Visit apply(Visit visit, Remedy remedy) {
        return RemedyApplier.apply(visit, remedy, RULES);
    }

    private static List<String> codesOrTechniques(Visit visit) {
        return visit.services().stream().map(service -> service.code().or(service::technique).orElseThrow()).toList();
    }

    @Test
    void addingADiagnosisListsItLastSoTheExistingPointersKeepTheirLetters() {
        Visit fixed = apply(chiropracticVisit(), new Remedy.AddDiagnosis("M25.512", "left-shoulder"));

        assertThat(fixed.diagnoses()).extracting(Diagnosis::code).containsExactly("M99.01", "M54.2", "M25.512");
        assertThat(fixed.diagnoses().get(2).regions()).extracting(BodyRegion::id).containsExactly("left-shoulder");
    }

    @Test
    void addingADiagnosisAlreadyListedGivesItTheRegionInsteadOfListingTheCodeTwice() {
        Visit once = apply(chiropracticVisit(), new Remedy.AddDiagnosis("M54.2", "thoracic"));
        Visit twice = apply(once, new Remedy.AddDiagnosis("M54.2", "thoracic"));

        assertThat(twice.diagnoses()).hasSize(2);
        assertThat(twice.diagnoses().get(1).regions()).extracting(BodyRegion::id).containsExactly("cervical", "thoracic");
    }

    @Test
    void aDiagnosisForARegionRuleDataDoesNotKnowIsRefused() {
        assertThatThrownBy(() -> apply(chiropracticVisit(), new Remedy.AddDiagnosis("M54.50", "lower-back")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown region \"lower-back\"");
    }

    @Test
    void appendingAModifierReachesEveryServiceBilledUnderTheCodeIncludingOneRecordedByTechnique() {
        Visit fixed = apply(chiropracticVisit(), new Remedy.AppendModifier("97140", "XS"));

        assertThat(fixed.services()).extracting(Service::modifiers)
                .containsExactly(List.of(), List.of("XS"), List.of("XS"), List.of());
    }

    @Test
    void appendingAModifierTwiceAddsItOnce() {
        Visit once = apply(chiropracticVisit(), new Remedy.AppendModifier("97124", "59"));

        assertThat(apply(once, new Remedy.AppendModifier("97124", "59")).services().get(3).modifiers()).containsExactly("59");
    }

    @Test
    void droppingAServiceRemovesEveryServiceBilledUnderTheCodeAndKeepsTheRestInOrder() {
        Visit fixed = apply(chiropracticVisit(), new Remedy.DropService("97140"));

        assertThat(codesOrTechniques(fixed)).containsExactly("98941", "97124");
        assertThat(fixed.diagnoses()).isEqualTo(chiropracticVisit().diagnoses());
    }

    @Test
    void aRemedyForACodeNoServiceHasLeavesTheVisitAsItWas() {
        Visit visit = chiropracticVisit();

        assertThat(apply(visit, new Remedy.DropService("97112"))).isEqualTo(visit);
        assertThat(apply(visit, new Remedy.AppendModifier("97112", "XS"))).isEqualTo(visit);
    }

    @Test
    void droppingTheLastServiceIsRefusedBecauseAVisitNeedsOne() {
        Visit massageOnly = visit().payer("self-pay").by(ProviderType.LMT).technique("effleurage", 30, "lumbar")
                .code("97124", 15, "thoracic").build();

        assertThatThrownBy(() -> apply(massageOnly, new Remedy.DropService("97124")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without services");
    }

    @Test
    void aTechniqueThatCodesToNothingForTheProviderMatchesNoCode() {
        Visit visit = visit().by(ProviderType.LMT).payer("self-pay").technique("no such technique", 30, "lumbar")
                .code("97124", 30, "lumbar").build();

        assertThat(codesOrTechniques(apply(visit, new Remedy.DropService("97124")))).containsExactly("no such technique");
    }
}

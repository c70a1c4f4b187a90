package dev.cleanclaim.rules;

import dev.cleanclaim.core.identifier.Identifiers;
import dev.cleanclaim.core.payer.ClaimFilingIndicator;
import dev.cleanclaim.core.payer.StarterPayer;
import dev.cleanclaim.core.ruledata.RuleData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StarterDirectoryTest {

    private static final RuleData RULES = BuiltInRuleData.load();
    private static final List<StarterPayer> DIRECTORY = StarterDirectoryReader.builtIn();

    @Test
    void everyStarterPayerFollowsAPackTheRulesShip() {
        assertThat(DIRECTORY).allSatisfy(payer -> assertThat(RULES.payers().find(payer.pack())).as(payer.id()).isPresent());
    }

    @Test
    void idsAndPayerIdsAreUniqueAndPayerIdsAreInTheX12Set() {
        assertThat(DIRECTORY).extracting(StarterPayer::id).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("[a-z0-9][a-z0-9-]{0,39}"));
        List<String> payerIds = DIRECTORY.stream().flatMap(payer -> payer.payerId().stream()).toList();
        assertThat(payerIds).doesNotHaveDuplicates()
                .allSatisfy(payerId -> assertThat(Identifiers.isX12(payerId)).as(payerId).isTrue());
    }

    @Test
    void everyRowHasASourceAFilingIndicatorAndANameThatFitsThePayerColumn() {
        assertThat(DIRECTORY).allSatisfy(payer -> {
            assertThat(payer.source()).as(payer.id()).isNotBlank();
            assertThat(ClaimFilingIndicator.isValid(payer.claimFilingIndicator())).as(payer.id()).isTrue();
            assertThat(payer.name().length()).as(payer.id()).isLessThanOrEqualTo(60);
            assertThat(Identifiers.isX12(payer.name())).as(payer.name()).isTrue();
        });
    }

    @Test
    void eachStateHasItsMedicarePartBContractorAndBothTricareRegionsAreListed() {
        assertThat(DIRECTORY).filteredOn(payer -> payer.pack().equals("medicare")).hasSizeGreaterThanOrEqualTo(51)
                .allSatisfy(payer -> {
                    assertThat(payer.payerId()).hasValueSatisfying(payerId -> assertThat(payerId).matches("\\d{5}"));
                    assertThat(payer.claimFilingIndicator()).isEqualTo("MB");
                });
        assertThat(DIRECTORY).filteredOn(payer -> payer.id().equals("medicare-or")).singleElement()
                .satisfies(payer -> assertThat(payer.payerId()).contains("02302"));
        assertThat(DIRECTORY).filteredOn(payer -> payer.pack().equals("tricare")).extracting(StarterPayer::payerId)
                .containsExactlyInAnyOrder(java.util.Optional.of("99727"), java.util.Optional.of("99726"));
        assertThat(DIRECTORY).filteredOn(payer -> payer.id().equals("aetna")).singleElement()
                .satisfies(payer -> assertThat(payer.payerId()).contains("60054"));
    }

    @Test
    void theBluePlanThatPublishedTheMassageExclusionHasItsOwnEntryAndNoGuessedPayerId() {
        assertThat(DIRECTORY).filteredOn(payer -> payer.id().equals("bcbs-massage-exclusion")).singleElement()
                .satisfies(payer -> {
                    assertThat(payer.pack()).isEqualTo("bcbs-massage-exclusion");
                    assertThat(payer.claimFilingIndicator()).isEqualTo("BL");
                    assertThat(payer.payerId()).as("the policy names no plan, so no payer id").isEmpty();
                    assertThat(payer.source()).contains("Massage and Manual Therapy Exclusion").contains("enter your plan's payer id");
                    assertThat(payer.asAccount().electronicId()).isEmpty();
                });
        assertThat(DIRECTORY).as("only a plan known by its policy alone lacks a payer id")
                .filteredOn(payer -> payer.payerId().isEmpty()).extracting(StarterPayer::id)
                .containsExactly("bcbs-massage-exclusion");
    }
}

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
        assertThat(DIRECTORY).extracting(StarterPayer::payerId).doesNotHaveDuplicates()
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
                    assertThat(payer.payerId()).matches("\\d{5}");
                    assertThat(payer.claimFilingIndicator()).isEqualTo("MB");
                });
        assertThat(DIRECTORY).filteredOn(payer -> payer.id().equals("medicare-or")).singleElement()
                .satisfies(payer -> assertThat(payer.payerId()).isEqualTo("02302"));
        assertThat(DIRECTORY).filteredOn(payer -> payer.pack().equals("tricare")).extracting(StarterPayer::payerId)
                .containsExactlyInAnyOrder("99727", "99726");
        assertThat(DIRECTORY).filteredOn(payer -> payer.id().equals("aetna")).singleElement()
                .satisfies(payer -> assertThat(payer.payerId()).isEqualTo("60054"));
    }
}

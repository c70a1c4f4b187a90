package dev.cleanclaim.rules;

import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.remit.Adjustment;
import dev.cleanclaim.core.remit.AdjustmentGroup;
import dev.cleanclaim.core.remit.DenialTrace;
import dev.cleanclaim.core.remit.RemittanceCodes;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The built-in CARC and RARC lists, and the denial traces the issue names, as rule data. */
class RemittanceCodesTest {

    private static final RemittanceCodes CODES = BuiltInRuleData.load().remittance();

    @Test
    void everyReasonAndRemarkCodeOfTheX12ListsShips() {
        assertThat(CODES.reasonCount()).isEqualTo(407);
        assertThat(CODES.remarkCount()).isEqualTo(1216);
        assertThat(CODES.reason("45").orElseThrow().meaning()).startsWith("Charge exceeds fee schedule");
        assertThat(CODES.remark("M15").orElseThrow().meaning()).contains("bundled");
    }

    @Test
    void onlyTheShortMeaningShipsWithoutTheUsageNotes() {
        assertThat(CODES.reason("97").orElseThrow().meaning()).doesNotContain("Usage");
        assertThat(CODES.reason("16").orElseThrow().meaning()).isEqualTo("Claim/service lacks information or has submission/billing error(s).");
    }

    @Test
    void providerAdjustmentReasonsHaveTheirMeanings() {
        assertThat(CODES.providerAdjustmentReason("L6")).contains("Interest owed");
        assertThat(CODES.providerAdjustmentReason("WO")).contains("Overpayment recovery");
    }

    @Test
    void deactivatedCodesAreKeptAndMarked() {
        assertThat(CODES.reason("15").orElseThrow().current()).isFalse();
        assertThat(CODES.reason("1").orElseThrow().current()).isTrue();
    }

    @Test
    void eachDenialTheIssueNamesTracesToItsRule() {
        assertThat(rules("CO", "97")).containsExactly("ncci.ptp");
        assertThat(rules("CO", "236")).containsExactly("ncci.ptp");
        assertThat(rules("CO", "4")).contains("modifier.therapy", "modifier.at", "modifier.conflict");
        assertThat(rules("CO", "50")).containsExactly("doc.medical-necessity");
        assertThat(rules("CO", "16")).contains("doc.missing", "doc.referral");
        assertThat(rules("PR", "96")).containsExactly("payer.excluded", "payer.not-covered");
        assertThat(rules("PR", "204")).containsExactly("payer.excluded", "payer.not-covered");
        assertThat(rules("CO", "151")).containsExactly("ncci.mue");
    }

    @Test
    void aTraceKeyedByARemarkWinsOverTheReasonAlone() {
        Adjustment missingInformation = adjustment("CO", "16");
        Optional<DenialTrace> withRemark = CODES.trace(missingInformation, List.of("N290"));
        Optional<DenialTrace> without = CODES.trace(missingInformation, List.of("N130"));

        assertThat(withRemark.orElseThrow().ruleIds()).containsExactly("provider.not-eligible");
        assertThat(without.orElseThrow().ruleIds()).contains("doc.missing");
    }

    @Test
    void anAdjustmentNoRuleCouldCatchHasNoTrace() {
        assertThat(CODES.trace(adjustment("CO", "29"), List.of())).isEmpty();
    }

    private static List<String> rules(String group, String reason) {
        return CODES.trace(adjustment(group, reason), List.of()).orElseThrow().ruleIds();
    }

    private static Adjustment adjustment(String group, String reason) {
        return new Adjustment(AdjustmentGroup.valueOf(group), reason, Money.parse("10"), Optional.empty());
    }
}

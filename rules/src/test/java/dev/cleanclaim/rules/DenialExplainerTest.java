package dev.cleanclaim.rules;

import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.claim.Severity;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.remit.Adjustment;
import dev.cleanclaim.core.remit.AdjustmentGroup;
import dev.cleanclaim.core.remit.ClaimPayment;
import dev.cleanclaim.core.remit.ClaimPaymentStatus;
import dev.cleanclaim.core.remit.DenialExplainer;
import dev.cleanclaim.core.remit.DenialExplanation;
import dev.cleanclaim.core.remit.RuleVerdict;
import dev.cleanclaim.core.remit.ServicePayment;
import dev.cleanclaim.core.ruledata.RuleData;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A denial explained: the codes' meanings, and whether cleanclaim's rule warned, missed it or was not in the pack. */
class DenialExplainerTest {

    private static final RuleData DATA = BuiltInRuleData.load();
    private static final DenialExplainer EXPLAINER = new DenialExplainer(DATA.remittance());

    @Test
    void aBundlingDenialTheScrubWarnedAboutIsFlaggedWithTheFinding() {
        Finding warned = new Finding("ncci.ptp", Severity.ERROR, List.of("97124", "97140"), "pair", "NCCI", Optional.empty());

        List<DenialExplanation> explained = EXPLAINER.explain(denied("97124", "CO", "97", "M15"), List.of(warned), payer("bcbs"));

        assertThat(explained).hasSize(1);
        DenialExplanation denial = explained.get(0);
        assertThat(denial.procedureCode()).contains("97124");
        assertThat(denial.meaning()).startsWith("The benefit for this service is included");
        assertThat(denial.remarks()).singleElement().satisfies(remark -> assertThat(remark.meaning().orElseThrow()).contains("bundled"));
        assertThat(denial.trace().orElseThrow().ruleIds()).containsExactly("ncci.ptp");
        assertThat(denial.trace().orElseThrow().verdict()).isEqualTo(new RuleVerdict.Flagged(List.of(warned)));
    }

    @Test
    void aDenialWhoseRuleRanAndFoundNothingIsMissed() {
        List<DenialExplanation> explained = EXPLAINER.explain(denied("97140", "CO", "97", "N20"), List.of(), payer("bcbs"));

        assertThat(explained.get(0).trace().orElseThrow().verdict()).isInstanceOf(RuleVerdict.Missed.class);
    }

    @Test
    void aDenialWhoseRuleThePayerPackLacksSaysSo() {
        Payer selfPay = DATA.payers().ids().stream().map(DenialExplainerTest::payer).filter(payer -> !payer.applies("doc.medical-necessity")).findFirst().orElseThrow();

        List<DenialExplanation> explained = EXPLAINER.explain(denied("97124", "CO", "50"), List.of(), selfPay);

        assertThat(explained.get(0).trace().orElseThrow().verdict())
                .isEqualTo(new RuleVerdict.NotInPack(List.of("doc.medical-necessity")));
    }

    @Test
    void aFindingOnAnotherCodeDoesNotCountAsAWarning() {
        Finding other = new Finding("ncci.ptp", Severity.ERROR, List.of("98941"), "pair", "NCCI", Optional.empty());

        List<DenialExplanation> explained = EXPLAINER.explain(denied("97140", "CO", "97"), List.of(other), payer("bcbs"));

        assertThat(explained.get(0).trace().orElseThrow().verdict()).isInstanceOf(RuleVerdict.Missed.class);
    }

    @Test
    void routineWriteOffsAndPatientSharesAreNotDenials() {
        ServicePayment line = new ServicePayment("97140", List.of("GP"), Money.parse("100"), Money.parse("50"), Optional.empty(),
                Optional.of("A1-20261102-1"), Optional.empty(), Optional.empty(),
                List.of(adjustment("CO", "45", "30"), adjustment("PR", "2", "20")), List.of());
        ClaimPayment paid = claim(ClaimPaymentStatus.PROCESSED_AS_PRIMARY, line, List.of());

        assertThat(EXPLAINER.explain(paid, List.of(), payer("medicare"))).isEmpty();
    }

    @Test
    void anUnknownReasonCodeIsShownAsUnknownRatherThanDropped() {
        List<DenialExplanation> explained = EXPLAINER.explain(denied("97140", "CO", "ZZ9"), List.of(), payer("bcbs"));

        assertThat(explained.get(0).meaning()).contains("ZZ9").contains("not in the CARC list");
        assertThat(explained.get(0).trace()).isEmpty();
    }

    private static Payer payer(String id) {
        return DATA.payers().find(id).orElseThrow();
    }

    private static ClaimPayment denied(String code, String group, String reason, String... remarks) {
        ServicePayment line = new ServicePayment(code, List.of(), Money.parse("80"), Money.ZERO, Optional.empty(),
                Optional.of("A1-20261102-1"), Optional.empty(), Optional.empty(), List.of(adjustment(group, reason, "80")),
                List.of(remarks));
        return claim(ClaimPaymentStatus.DENIED, line, List.of());
    }

    private static ClaimPayment claim(ClaimPaymentStatus status, ServicePayment line, List<String> remarks) {
        return new ClaimPayment("A1-20261102", status, line.charge(), line.paid(), Money.ZERO, Optional.of("PAYER1"),
                Optional.empty(), List.of(), remarks, List.of(line));
    }

    private static Adjustment adjustment(String group, String reason, String amount) {
        return new Adjustment(AdjustmentGroup.valueOf(group), reason, Money.parse(amount), Optional.empty());
    }
}

package dev.cleanclaim.rules;

import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.core.claim.Severity;
import dev.cleanclaim.core.fees.FeeSchedule;
import dev.cleanclaim.core.fees.SessionPrice;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.practice.PayerAccount;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.scrub.Scrubber;
import dev.cleanclaim.core.units.UnitMethod;
import dev.cleanclaim.core.visit.Visit;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static dev.cleanclaim.rules.BuiltInRuleDataTest.RULES;
import static org.assertj.core.api.Assertions.assertThat;

/** The practice's own fees on a claim: modifier fees, self-pay session prices and contracted allowed amounts. */
class PracticeFeesTest {

    private static final FeeSchedule FEES = new FeeSchedule("Riverside fees",
            Map.of("97124", Money.parse("40.00"), "97140", Money.parse("45.00"), "97110", Money.parse("35.00")),
            Map.of("97140", Map.of("52", Money.parse("30.00"))),
            List.of(new SessionPrice("97124", 60, Money.parse("95.00"))));
    private static final RuleData WITH_FEES = withFees(RULES, FEES);
    private static final Scrubber SCRUBBER = new Scrubber(WITH_FEES);

    @Test
    void aSelfPaySixtyMinuteMassageIsChargedTheSessionPriceAndTheEngineSaysSo() {
        ClaimDraft claim = SCRUBBER.scrub(visit().payer("self-pay").code("97124", 60, "lumbar").build());

        assertThat(line(claim, "97124").charge()).contains(Money.parse("95.00"));
        assertThat(claim.findings()).filteredOn(finding -> finding.rule().equals("charge.session")).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.severity()).isEqualTo(Severity.INFO);
                    assertThat(finding.message()).contains("$95.00").contains("60 minutes").contains("Riverside fees");
                    assertThat(finding.source()).contains("practice fee schedule");
                });
    }

    @Test
    void aSelfPayMassageOfOtherMinutesIsChargedPerUnit() {
        ClaimDraft claim = SCRUBBER.scrub(visit().payer("self-pay").code("97124", 45, "lumbar").build());

        assertThat(line(claim, "97124").charge()).contains(Money.parse("120.00"));
        assertThat(claim.findings()).noneMatch(finding -> finding.rule().equals("charge.session"));
    }

    @Test
    void anInsuredSixtyMinuteMassageIsChargedPerUnitWhateverTheSessionPrice() {
        ClaimDraft claim = SCRUBBER.scrub(visit().payer("commercial").referral().rationale().necessity("tight-muscles")
                .code("97124", 60, "lumbar").build());

        assertThat(line(claim, "97124").charge()).contains(Money.parse("160.00"));
    }

    @Test
    void aModifierTheBillerEnteredThatThePracticePricesApartSetsTheLinesFee() {
        ClaimDraft reduced = SCRUBBER.scrub(visit().payer("self-pay")
                .codeWithModifiers("97140", 15, List.of("52"), "lumbar").build());
        ClaimDraft full = SCRUBBER.scrub(visit().payer("self-pay").code("97140", 15, "lumbar").build());

        assertThat(line(reduced, "97140").charge()).contains(Money.parse("30.00"));
        assertThat(line(full, "97140").charge()).contains(Money.parse("45.00"));
    }

    @Test
    void aDirectoryPayerWithAContractAllowsTheContractedAmountPerUnit() {
        Payer aetna = contracted("commercial", "aetna", Map.of("97110", Money.parse("31.50")));
        Visit visit = onPayer(visit().payer("commercial").rationale().code("97110", 30, "lumbar").build(), aetna);

        ClaimLine line = line(SCRUBBER.scrub(visit), "97110");

        assertThat(line.units()).isEqualTo(2);
        assertThat(line.allowed()).contains(Money.parse("63.00"));
    }

    @Test
    void aContractWinsOverMedicarePricingAndCodesWithoutOneKeepTheFeeSchedulesAmount() {
        Payer medicare = contracted("medicare", "noridian", Map.of("97110", Money.parse("30.00")));
        Visit visit = onPayer(visit().payer("medicare").rationale().code("97110", 30, "lumbar")
                .code("97140", 15, "lumbar").build(), medicare);

        ClaimDraft claim = SCRUBBER.scrub(visit);

        assertThat(line(claim, "97110").allowed()).contains(Money.parse("60.00"));
        assertThat(line(claim, "97140").allowed()).isPresent().isNotEqualTo(Optional.of(Money.parse("60.00")));
    }

    @Test
    void aPackWithoutAContractAllowsNothingOfItsOwn() {
        ClaimDraft claim = SCRUBBER.scrub(visit().payer("commercial").rationale().code("97110", 30, "lumbar").build());

        assertThat(line(claim, "97110").allowed()).isEmpty();
    }

    @Test
    void selfPayIsKnownByItsClaimFilingIndicator() {
        assertThat(RULES.payers().find("self-pay").orElseThrow().selfPay()).isTrue();
        assertThat(RULES.payers().find("commercial").orElseThrow().selfPay()).isFalse();
    }

    @Test
    void theBuiltInFeeScheduleHasASelfPaySessionToShowTheRule() {
        assertThat(RULES.fees().session("97124", 90)).hasValueSatisfying(session ->
                assertThat(session.price()).isEqualTo(Money.parse("130.00")));
    }

    private static VisitBuilder visit() {
        return VisitBuilder.visit(WITH_FEES);
    }

    private static Payer contracted(String pack, String id, Map<String, Money> contract) {
        PayerAccount account = new PayerAccount(pack, id.toUpperCase(), "X" + id.length(), Optional.empty(),
                Optional.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty(), contract, Optional.empty());
        return RULES.payers().find(pack).orElseThrow().asAccount(id, account);
    }

    private static Visit onPayer(Visit visit, Payer payer) {
        return new Visit(visit.dateOfService(), payer, visit.provider(), visit.diagnoses(), visit.services(),
                visit.documentation(), visit.patient());
    }

    private static ClaimLine line(ClaimDraft claim, String code) {
        return claim.lines().stream().filter(line -> line.code().equals(code)).findFirst().orElseThrow();
    }

    private static RuleData withFees(RuleData rules, FeeSchedule fees) {
        return new RuleData(rules.version(), rules.codes(), rules.modifiers(), rules.techniques(), rules.regions(), rules.contiguity(),
                rules.payers(), rules.diagnoses(), fees, rules.medicareFees(), rules.ptp(), rules.mue(), rules.conditions(),
                rules.definitions(), rules.references(), rules.remittance());
    }
}

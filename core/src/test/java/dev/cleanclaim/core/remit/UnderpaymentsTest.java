package dev.cleanclaim.core.remit;

import dev.cleanclaim.core.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A remittance line against the practice's contract: as agreed, underpaid, or nothing allowed. */
class UnderpaymentsTest {

    private static final Money CONTRACT = Money.parse("63.00"); // 97110: $31.50 a unit, 2 units

    @Test
    void aLineAllowedAtTheContractIsPaidAsContracted() {
        ServicePayment payment = payment("90.00", "50.40", Optional.empty(),
                adjustment(AdjustmentGroup.CO, "45", "27.00"), adjustment(AdjustmentGroup.PR, "2", "12.60"));

        assertThat(Underpayments.check(1, CONTRACT, payment)).isEqualTo(
                new ContractCheck.AsContracted(1, "97110", CONTRACT, Money.parse("63.00")));
    }

    @Test
    void aLineAllowedBelowTheContractIsAnUnderpaymentByTheDifference() {
        ServicePayment payment = payment("90.00", "46.40", Optional.empty(),
                adjustment(AdjustmentGroup.CO, "45", "32.00"), adjustment(AdjustmentGroup.PR, "2", "11.60"));

        assertThat(Underpayments.check(2, CONTRACT, payment)).isEqualTo(
                new ContractCheck.Underpayment(2, "97110", CONTRACT, Money.parse("58.00"), Money.parse("5.00")));
    }

    @Test
    void theAllowedAmountThePayerReportsIsTakenOverTheAdjustments() {
        ServicePayment payment = payment("90.00", "40.00", Optional.of(Money.parse("60.00")),
                adjustment(AdjustmentGroup.CO, "45", "20.00"), adjustment(AdjustmentGroup.PR, "1", "30.00"));

        assertThat(Underpayments.check(1, CONTRACT, payment)).isInstanceOfSatisfying(ContractCheck.Underpayment.class,
                underpaid -> assertThat(underpaid.shortBy()).isEqualTo(Money.parse("3.00")));
    }

    @Test
    void sequestrationCutsThePaymentNotTheAllowedAmountSoItIsNoUnderpayment() {
        ServicePayment payment = payment("90.00", "49.39", Optional.empty(),
                adjustment(AdjustmentGroup.CO, "45", "27.00"), adjustment(AdjustmentGroup.PR, "2", "12.60"),
                adjustment(AdjustmentGroup.CO, "253", "1.01"));

        assertThat(Underpayments.check(1, CONTRACT, payment)).isInstanceOf(ContractCheck.AsContracted.class);
    }

    @Test
    void aDeniedLineAllowedNothingIsNotCalledAnUnderpayment() {
        ServicePayment payment = payment("90.00", "0.00", Optional.empty(), adjustment(AdjustmentGroup.CO, "50", "90.00"));

        assertThat(Underpayments.check(1, CONTRACT, payment))
                .isEqualTo(new ContractCheck.NothingAllowed(1, "97110", CONTRACT));
    }

    @Test
    void anUnderpaymentMustBeShortByExpectedMinusAllowed() {
        assertThatThrownBy(() -> new ContractCheck.Underpayment(1, "97110", CONTRACT, Money.parse("70.00"),
                Money.parse("-7.00"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("97110");
    }

    private static ServicePayment payment(String charge, String paid, Optional<Money> allowed, Adjustment... adjustments) {
        return new ServicePayment("97110", List.of("GP"), Money.parse(charge), Money.parse(paid),
                Optional.of(new BigDecimal("2")), Optional.of("A1001-20260708-1"), Optional.empty(), allowed,
                List.of(adjustments), List.of());
    }

    private static Adjustment adjustment(AdjustmentGroup group, String reason, String amount) {
        return new Adjustment(group, reason, Money.parse(amount), Optional.empty());
    }
}

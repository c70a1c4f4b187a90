package dev.cleanclaim.core.account;

import dev.cleanclaim.core.money.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PatientAccountTest {

    @Test
    void paymentsSettleTheOldestChargesFirst() {
        Charge older = charge(1, "2026-10-01", "40.00", "0");
        Charge newer = charge(2, "2026-11-01", "25.00", "0");
        PatientAccount account = new PatientAccount(List.of(newer, older), List.of(payment("2026-11-05", "50.00")));

        assertThat(account.charges()).containsExactly(older, newer);
        assertThat(account.settled()).containsExactly(Money.parse("40.00"), Money.parse("10.00"));
        assertThat(account.balance()).isEqualTo(Money.parse("15.00"));
        assertThat(account.unapplied()).isEqualTo(Money.ZERO);
    }

    @Test
    void payingMoreThanIsOwedLeavesACredit() {
        PatientAccount account = new PatientAccount(List.of(charge(1, "2026-10-01", "20.00", "0")),
                List.of(payment("2026-10-01", "30.00")));

        assertThat(account.balance()).isEqualTo(Money.parse("-10.00"));
        assertThat(account.unapplied()).isEqualTo(Money.parse("10.00"));
    }

    @Test
    void whatInsuranceHasNotDecidedIsPendingNotOwed() {
        PatientAccount account = new PatientAccount(List.of(charge(1, "2026-11-20", "0", "120.00")), List.of());

        assertThat(account.balance()).isEqualTo(Money.ZERO);
        assertThat(account.pendingWithInsurance()).isEqualTo(Money.parse("120.00"));
    }

    @Test
    void aPaymentOfNothingIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> payment("2026-11-01", "0"))
                .hasMessageContaining("more than $0.00");
    }

    private static Charge charge(long id, String date, String patientShare, String pending) {
        return new Charge(id, LocalDate.parse(date), "A1-" + id, "97124", Money.parse("100.00"), Money.ZERO, Money.ZERO,
                Money.parse(patientShare), Money.parse(pending));
    }

    private static PatientPayment payment(String date, String amount) {
        return new PatientPayment(LocalDate.parse(date), Money.parse(amount), PatientPayment.Method.CARD, Optional.empty());
    }
}

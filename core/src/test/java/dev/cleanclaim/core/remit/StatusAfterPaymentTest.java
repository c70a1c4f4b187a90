package dev.cleanclaim.core.remit;

import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.money.Money;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a claim goes when the payer's 835 answers it: paid, partly paid, denied, reopened or held. */
class StatusAfterPaymentTest {

    @Test
    void aClaimWhoseLinesAreAllPaidBecomesPaid() {
        ClaimPayment payment = payment(ClaimPaymentStatus.PROCESSED_AS_PRIMARY, "80.00",
                line("97110", "50.00", adjustment(AdjustmentGroup.CO, "45", "40.00")),
                line("97140", "30.00", adjustment(AdjustmentGroup.PR, "2", "10.00")));

        assertThat(StatusAfterPayment.of(ClaimStatus.SUBMITTED, payment))
                .isEqualTo(new StatusAfterPayment.Moves(List.of(ClaimStatus.PAID), ((StatusAfterPayment.Moves)
                        StatusAfterPayment.of(ClaimStatus.SUBMITTED, payment)).note()));
    }

    @Test
    void the_payers_reversal_of_a_corrected_or_voided_claim_posts_without_reopening_it() {
        ClaimPayment reversal = payment(ClaimPaymentStatus.REVERSAL, "-80.00",
                line("97110", "-80.00", adjustment(AdjustmentGroup.CO, "45", "-40.00")));

        for (ClaimStatus done : List.of(ClaimStatus.CORRECTED, ClaimStatus.VOIDED)) {
            assertThat(StatusAfterPayment.of(done, reversal)).isInstanceOfSatisfying(StatusAfterPayment.Moves.class,
                    moves -> {
                        assertThat(moves.path()).isEmpty();
                        assertThat(moves.note()).contains("already " + done.words());
                    });
        }
        assertThat(StatusAfterPayment.of(ClaimStatus.PAID, reversal)).isInstanceOfSatisfying(StatusAfterPayment.Moves.class,
                moves -> assertThat(moves.path()).containsExactly(ClaimStatus.SUBMITTED));
    }

    @Test
    void aClaimWithOneLinePaidAndOneDeniedBecomesPartlyPaid() {
        ClaimPayment payment = payment(ClaimPaymentStatus.PROCESSED_AS_PRIMARY, "50.00",
                line("97110", "50.00", adjustment(AdjustmentGroup.CO, "45", "40.00")),
                line("97140", "0.00", adjustment(AdjustmentGroup.CO, "97", "45.00")));

        StatusAfterPayment after = StatusAfterPayment.of(ClaimStatus.SUBMITTED, payment);

        assertThat(after).isInstanceOfSatisfying(StatusAfterPayment.Moves.class, moves -> {
            assertThat(moves.path()).containsExactly(ClaimStatus.PARTLY_PAID);
            assertThat(moves.note()).contains("1 of 2 line(s) denied");
        });
    }

    @Test
    void aLineThePatientOwesAllOfIsDecidedNotDenied() {
        ClaimPayment payment = payment(ClaimPaymentStatus.PROCESSED_AS_PRIMARY, "50.00",
                line("97110", "50.00", adjustment(AdjustmentGroup.CO, "45", "40.00")),
                line("97140", "0.00", adjustment(AdjustmentGroup.PR, "1", "45.00")));

        assertThat(((StatusAfterPayment.Moves) StatusAfterPayment.of(ClaimStatus.SUBMITTED, payment)).path())
                .containsExactly(ClaimStatus.PAID);
    }

    @Test
    void aPaidClaimThePayerNowPaysOnlyInPartPassesThroughSubmitted() {
        ClaimPayment payment = payment(ClaimPaymentStatus.PROCESSED_AS_PRIMARY, "50.00",
                line("97110", "50.00"), line("97140", "0.00", adjustment(AdjustmentGroup.CO, "50", "45.00")));

        assertThat(((StatusAfterPayment.Moves) StatusAfterPayment.of(ClaimStatus.PAID, payment)).path())
                .containsExactly(ClaimStatus.SUBMITTED, ClaimStatus.PARTLY_PAID);
    }

    @Test
    void aClaimWithEveryLineDeniedAndNothingLeftToThePatientIsDenied() {
        ClaimPayment payment = payment(ClaimPaymentStatus.PROCESSED_AS_PRIMARY, "0.00",
                line("97110", "0.00", adjustment(AdjustmentGroup.CO, "97", "90.00")));

        assertThat(((StatusAfterPayment.Moves) StatusAfterPayment.of(ClaimStatus.ACCEPTED, payment)).path())
                .containsExactly(ClaimStatus.DENIED);
    }

    @Test
    void aPartlyPaidClaimPaidInFullLaterBecomesPaid() {
        ClaimPayment payment = payment(ClaimPaymentStatus.PROCESSED_AS_PRIMARY, "95.00",
                line("97110", "50.00"), line("97140", "45.00"));

        assertThat(((StatusAfterPayment.Moves) StatusAfterPayment.of(ClaimStatus.PARTLY_PAID, payment)).path())
                .containsExactly(ClaimStatus.PAID);
    }

    @Test
    void aDraftClaimIsHeldBecauseItWasNeverSent() {
        ClaimPayment payment = payment(ClaimPaymentStatus.PROCESSED_AS_PRIMARY, "50.00", line("97110", "50.00"));

        assertThat(StatusAfterPayment.of(ClaimStatus.DRAFT, payment)).isInstanceOf(StatusAfterPayment.Hold.class);
    }

    private static ClaimPayment payment(ClaimPaymentStatus status, String paid, ServicePayment... lines) {
        return new ClaimPayment("A1-20261102", status, Money.parse("180.00"), Money.parse(paid), Money.ZERO,
                Optional.of("PCN1"), Optional.empty(), List.of(), List.of(), List.of(lines));
    }

    private static ServicePayment line(String code, String paid, Adjustment... adjustments) {
        return new ServicePayment(code, List.of("GP"), Money.parse("90.00"), Money.parse(paid), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(adjustments), List.of());
    }

    private static Adjustment adjustment(AdjustmentGroup group, String reason, String amount) {
        return new Adjustment(group, reason, Money.parse(amount), Optional.empty());
    }
}

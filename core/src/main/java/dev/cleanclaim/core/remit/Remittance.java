package dev.cleanclaim.core.remit;

import dev.cleanclaim.core.money.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One 835 transaction: a single payment (check or EFT) from one payer to one payee, the claims it pays, denies or
 * reverses, and the provider-level adjustments that bring the claim payments to the amount actually sent.
 *
 * @param traceNumber  TRN02, the check or EFT trace number: with the payer it identifies the payment
 * @param totalPaid    BPR02, the amount of the check or transfer (zero for a remittance that pays nothing)
 * @param method       BPR04: CHK, ACH, BOP, FWT or NON
 * @param paymentDate  BPR16, the check or effective date
 * @param payerId      TRN03 or the payer's REF*2U, whichever the payer gives
 * @param payeeId      the payee's N1*PE identifier, an NPI (XX) or tax id (FI)
 */
public record Remittance(String traceNumber, Money totalPaid, String method, LocalDate paymentDate,
                         String payerName, String payerId, String payeeName, String payeeId,
                         List<ClaimPayment> claims, List<ProviderAdjustment> providerAdjustments) {
    public Remittance {
        Objects.requireNonNull(traceNumber, "traceNumber");
        Objects.requireNonNull(totalPaid, "totalPaid");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(paymentDate, "paymentDate");
        Objects.requireNonNull(payerName, "payerName");
        Objects.requireNonNull(payerId, "payerId");
        Objects.requireNonNull(payeeName, "payeeName");
        Objects.requireNonNull(payeeId, "payeeId");
        claims = List.copyOf(claims);
        providerAdjustments = List.copyOf(providerAdjustments);
    }

    /**
     * The transaction balances when the claim payments less the provider adjustments equal the check
     * (835 TR3 section 1.10.2.1).
     */
    public boolean balances() {
        return balances(claimsPaid(), providerAdjusted(), totalPaid);
    }

    /** The 835 balancing rule itself, for a remittance as stored (its claim payments and PLB adjustments apart). */
    public static boolean balances(Money claimsPaid, Money providerAdjusted, Money totalPaid) {
        return claimsPaid.minus(providerAdjusted).equals(totalPaid);
    }

    /** What the claim payments (CLP04) add up to. */
    public Money claimsPaid() {
        return claims.stream().map(ClaimPayment::paid).reduce(Money.ZERO, Money::plus);
    }

    /** What the provider-level adjustments (PLB) add up to; a positive total lowers the check. */
    public Money providerAdjusted() {
        return providerAdjustments.stream().map(ProviderAdjustment::amount).reduce(Money.ZERO, Money::plus);
    }
}

package dev.cleanclaim.store;

import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.remit.ClaimPayment;
import dev.cleanclaim.core.remit.ProviderAdjustment;
import dev.cleanclaim.core.remit.Remittance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a payment says, as far as telling one payment from another goes: the amount (BPR02), its date, each claim
 * payment (control number, status, charge, paid) and each provider adjustment, in file order. A payer's trace
 * number (TRN02) names one payment; a file that comes again with the same trace and the same content is the same
 * payment received twice, one with other content is a conflict a person must look at, never skipped silently.
 *
 * <p>Compared from what the store keeps of a remittance, so payments imported before this comparison existed are
 * compared too, with no column to fill in.
 */
public record PaymentContent(Money totalPaid, LocalDate paymentDate, List<String> claims, List<Money> providerAdjustments) {

    public PaymentContent {
        claims = List.copyOf(claims);
        providerAdjustments = List.copyOf(providerAdjustments);
    }

    public static PaymentContent of(Remittance remittance) {
        return new PaymentContent(remittance.totalPaid(), remittance.paymentDate(),
                remittance.claims().stream().map(PaymentContent::claim).toList(),
                remittance.providerAdjustments().stream().map(ProviderAdjustment::amount).toList());
    }

    private static String claim(ClaimPayment payment) {
        return key(payment.patientControlNumber(), payment.status().code(), payment.charge(), payment.paid());
    }

    static String key(String controlNumber, String status, Money charge, Money paid) {
        return controlNumber + "|" + status + "|" + charge + "|" + paid;
    }

    /**
     * A payment stored before under a trace number, with what it said and when it came.
     */
    public record Stored(long remittanceId, PaymentContent content, Instant receivedAt, String fileName) {
    }
}

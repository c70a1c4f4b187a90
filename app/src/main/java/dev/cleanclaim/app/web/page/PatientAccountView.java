package dev.cleanclaim.app.web.page;

import java.util.List;

/**
 * A patient's account page: what they owe and why, visit by visit, what they paid, a form to record a payment, and
 * the statement and superbill downloads.
 *
 * @param balanceLabel "Balance due", or "Credit" when the patient paid more than they owe
 */
public record PatientAccountView(long patientId, String name, String balanceLabel, String balance, String pending,
                                 List<ChargeRow> charges, List<PaymentRow> payments, FormState paymentForm,
                                 FormState superbillForm, List<Choice> methods, String today, FormState voidForm,
                                 FormState refundForm, List<Choice> refundable) {

    public PatientAccountView {
        charges = List.copyOf(charges);
        payments = List.copyOf(payments);
        methods = List.copyOf(methods);
        refundable = List.copyOf(refundable);
    }

    public record ChargeRow(long claimId, String date, String controlNumber, String services, String charge,
                            String insurancePaid, String writtenOff, String pending, String patientShare, String settled) {
    }

    /**
     * @param voided   "Voided 2026-11-24 by dana: entered twice", or empty for a payment that counts
     * @param refunds  one line per refund: date, amount, method, reason and who
     */
    public record PaymentRow(long id, String date, String method, String card, String reference, String amount,
                             String voided, List<String> refunds) {
        public PaymentRow {
            refunds = List.copyOf(refunds);
        }
    }
}

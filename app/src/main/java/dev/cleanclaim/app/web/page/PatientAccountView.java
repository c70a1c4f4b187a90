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
                                 FormState superbillForm, List<Choice> methods, String today) {

    public PatientAccountView {
        charges = List.copyOf(charges);
        payments = List.copyOf(payments);
        methods = List.copyOf(methods);
    }

    public record ChargeRow(long claimId, String date, String controlNumber, String services, String charge,
                            String insurancePaid, String writtenOff, String pending, String patientShare, String settled) {
    }

    public record PaymentRow(String date, String method, String reference, String amount) {
    }
}

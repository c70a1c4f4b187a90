package dev.cleanclaim.forms;

import dev.cleanclaim.core.account.Charge;
import dev.cleanclaim.core.account.PatientAccount;
import dev.cleanclaim.core.account.PatientPayment;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.patient.Person;
import dev.cleanclaim.core.practice.Address;
import dev.cleanclaim.core.practice.BillingProvider;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A patient statement: every visit with what was charged, what insurance paid and wrote off and what the patient
 * owes, the patient's payments, and the balance due, with what still waits on insurance said apart so that the
 * patient is not asked for it yet.
 */
public final class PatientStatementPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final float[] CHARGE_COLUMNS = {0, 62, 180, 250, 320, 390, 440};
    private static final float[] PAYMENT_COLUMNS = {0, 80, 160, 440};

    /** @param due when the balance is due; printed only when the patient owes something */
    public byte[] render(BillingProvider practice, Person patient, String accountNumber, PatientAccount account,
                         LocalDate issued, LocalDate due) {
        try (TextDocument document = new TextDocument()) {
            document.newPage();
            document.title("Statement");
            document.text(practice.name());
            document.text(address(practice.address()));
            practice.phone().ifPresent(phone -> document.text("Questions about this statement: " + phone));
            document.heading("Statement for");
            document.text(patient.firstName() + " " + patient.lastName());
            document.text(address(patient.address()));
            document.text("Account " + accountNumber + "    Statement date " + DATE.format(issued));
            document.heading("Visits");
            document.row(true, CHARGE_COLUMNS, "Date", "Services", "Charged", "Ins. paid", "Adjusted", "Pending", "You owe");
            for (Charge charge : account.charges()) {
                document.row(false, CHARGE_COLUMNS, DATE.format(charge.dateOfService()), cut(charge.services(), 22),
                        dollars(charge.charge()), dollars(charge.insurancePaid()), dollars(charge.writtenOff()),
                        dollars(charge.pending()), dollars(charge.patientShare()));
            }
            document.heading("Your payments");
            if (account.payments().isEmpty()) {
                document.text("None received.");
            } else {
                document.row(true, PAYMENT_COLUMNS, "Date", "Method", "Reference", "Amount");
                for (PatientPayment payment : account.payments()) {
                    document.row(false, PAYMENT_COLUMNS, DATE.format(payment.receivedOn()), payment.method().label(),
                            payment.reference().orElse(""), dollars(payment.amount()));
                }
            }
            document.space(8);
            document.row(true, PAYMENT_COLUMNS, "", "", "Your share of the visits", dollars(account.patientShare()));
            document.row(false, PAYMENT_COLUMNS, "", "", "Less your payments", dollars(account.paidByPatient()));
            Money balance = account.balance();
            if (balance.cents() > 0) {
                document.row(true, PAYMENT_COLUMNS, "", "", "Balance due by " + DATE.format(due), dollars(balance));
            } else if (balance.cents() < 0) {
                document.row(true, PAYMENT_COLUMNS, "", "", "Credit on your account", dollars(balance.negate()));
            } else {
                document.row(true, PAYMENT_COLUMNS, "", "", "Balance due", dollars(Money.ZERO));
            }
            if (account.pendingWithInsurance().cents() > 0) {
                document.space(8);
                document.text("Your insurance has not yet decided on " + dollars(account.pendingWithInsurance())
                        + " of these charges. You owe none of it now; part of it may appear on a later statement.");
            }
            return document.toBytes();
        }
    }

    private static String address(Address address) {
        return address.line1() + address.line2().map(line -> ", " + line).orElse("") + ", " + address.city() + ", "
                + address.state() + " " + address.zip();
    }

    private static String dollars(Money money) {
        return money.cents() < 0 ? "-$" + money.negate() : "$" + money;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

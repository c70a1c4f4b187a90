package dev.cleanclaim.core.account;

import dev.cleanclaim.core.money.Money;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A patient's account: the charges of their visits and what they paid. Payments settle the oldest charges the
 * patient owes first, which is what a statement shows and what a superbill reports as paid for each visit.
 */
public final class PatientAccount {

    private final List<Charge> charges;
    private final List<PatientPayment> payments;
    private final List<Money> settled;
    private final Money unapplied;

    public PatientAccount(List<Charge> charges, List<PatientPayment> payments) {
        this.charges = charges.stream().sorted(Comparator.comparing(Charge::dateOfService)
                .thenComparingLong(Charge::claimId)).toList();
        this.payments = payments.stream().sorted(Comparator.comparing(PatientPayment::receivedOn)).toList();
        long available = this.payments.stream().mapToLong(payment -> payment.amount().cents()).sum();
        List<Money> applied = new ArrayList<>();
        for (Charge charge : this.charges) {
            long owed = Math.max(0, charge.patientShare().cents());
            long applies = Math.min(owed, available);
            applied.add(new Money(applies));
            available -= applies;
        }
        this.settled = List.copyOf(applied);
        this.unapplied = new Money(available);
    }

    public List<Charge> charges() {
        return charges;
    }

    public List<PatientPayment> payments() {
        return payments;
    }

    /** What the patient's payments settled of each charge, in {@link #charges()} order. */
    public List<Money> settled() {
        return settled;
    }

    public Money settledOf(Charge charge) {
        return settled.get(charges.indexOf(charge));
    }

    public Money paidByPatient() {
        return payments.stream().map(PatientPayment::amount).reduce(Money.ZERO, Money::plus);
    }

    public Money patientShare() {
        return charges.stream().map(Charge::patientShare).reduce(Money.ZERO, Money::plus);
    }

    /** What the patient owes now: their share of every decided charge less what they paid (negative: a credit). */
    public Money balance() {
        return patientShare().minus(paidByPatient());
    }

    /** What insurers have not decided yet: the patient may owe part of it later. */
    public Money pendingWithInsurance() {
        return charges.stream().map(Charge::pending).reduce(Money.ZERO, Money::plus);
    }

    /** Paid beyond everything owed so far: a credit on the account. */
    public Money unapplied() {
        return unapplied;
    }
}

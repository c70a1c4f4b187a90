package dev.cleanclaim.x12.remit;

import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.remit.Adjustment;
import dev.cleanclaim.core.remit.ClaimPayment;
import dev.cleanclaim.core.remit.Remittance;
import dev.cleanclaim.core.remit.ServicePayment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The balancing rules of the 835 (TR3 section 1.10.2.1) and what posting needs from each line, checked on what was
 * read. A payer's file that breaks them is still posted (the money arrived as BPR says), so each break is a
 * warning for the biller, not a refusal.
 */
final class RemittanceChecks {

    private RemittanceChecks() {
    }

    static List<String> of(Remittance remittance) {
        String trace = "trace " + remittance.traceNumber();
        List<String> warnings = new ArrayList<>();
        if (!remittance.balances()) {
            Money claimsPaid = remittance.claimsPaid();
            Money adjusted = remittance.providerAdjusted();
            warnings.add(trace + ": does not balance: claims paid " + claimsPaid + " less provider adjustments "
                    + adjusted + " make " + claimsPaid.minus(adjusted) + ", but the payment (BPR02) is "
                    + remittance.totalPaid());
        }
        for (ClaimPayment claim : remittance.claims()) {
            String where = trace + ", claim " + claim.patientControlNumber();
            // CLP03 less CLP04 equals every adjustment of the claim, at claim and at line level.
            balance(where, claim.charge(), claim.paid(), claim.allAdjustments()).ifPresent(warnings::add);
            for (int index = 0; index < claim.lines().size(); index++) {
                ServicePayment line = claim.lines().get(index);
                String lineWhere = where + ", line " + (index + 1) + " (" + line.procedureCode() + ")";
                balance(lineWhere, line.charge(), line.paid(), line.adjustments()).ifPresent(warnings::add);
                if (line.lineControlNumber().isEmpty()) {
                    warnings.add(lineWhere + ": no line control number (REF*6R), so it can be matched to a claim"
                            + " line only by procedure code and date");
                }
            }
        }
        return warnings;
    }

    private static Optional<String> balance(String where, Money charge, Money paid, List<Adjustment> adjustments) {
        Money adjusted = sum(adjustments.stream().map(Adjustment::amount).toList());
        Money difference = charge.minus(paid);
        if (difference.equals(adjusted)) {
            return Optional.empty();
        }
        return Optional.of(where + ": does not balance: charge " + charge + " less paid " + paid + " is "
                + difference + ", but its adjustments total " + adjusted);
    }

    private static Money sum(List<Money> amounts) {
        return amounts.stream().reduce(Money.ZERO, Money::plus);
    }
}

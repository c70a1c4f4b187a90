package dev.cleanclaim.app.workspace;

import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.remit.Adjustment;
import dev.cleanclaim.core.remit.AdjustmentGroup;
import dev.cleanclaim.core.remit.ClaimPayment;
import dev.cleanclaim.core.remit.ClaimPaymentStatus;
import dev.cleanclaim.core.remit.ServicePayment;
import dev.cleanclaim.store.ClaimRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The payer's answer to a demo claim, as an 835 would carry it: paid at 80% of the charge less 20% coinsurance of
 * the allowed amount, or denied line by line as not medically necessary (CO-50 with remark N115).
 */
final class DemoRemittance {

    private DemoRemittance() {
    }

    static ClaimPayment answer(ClaimRecord claim, boolean denied) {
        List<ServicePayment> lines = new ArrayList<>();
        Money paid = Money.ZERO;
        Money patient = Money.ZERO;
        List<ClaimLine> claimLines = claim.draft().lines();
        for (int number = 1; number <= claimLines.size(); number++) {
            ClaimLine line = claimLines.get(number - 1);
            Money charge = line.charge().orElse(Money.ZERO);
            String control = claim.patientControlNumber() + "-" + number;
            if (denied) {
                lines.add(new ServicePayment(line.code(), line.modifiers(), charge, Money.ZERO, Optional.empty(),
                        Optional.of(control), Optional.of(claim.dateOfService()), Optional.empty(),
                        List.of(new Adjustment(AdjustmentGroup.CO, "50", charge, Optional.empty())), List.of("N115")));
                continue;
            }
            long allowed = charge.cents() * 80 / 100;
            long coinsurance = allowed * 20 / 100;
            Money linePaid = new Money(allowed - coinsurance);
            lines.add(new ServicePayment(line.code(), line.modifiers(), charge, linePaid, Optional.empty(),
                    Optional.of(control), Optional.of(claim.dateOfService()), Optional.of(new Money(allowed)),
                    List.of(new Adjustment(AdjustmentGroup.CO, "45", new Money(charge.cents() - allowed), Optional.empty()),
                            new Adjustment(AdjustmentGroup.PR, "2", new Money(coinsurance), Optional.empty())), List.of()));
            paid = paid.plus(linePaid);
            patient = patient.plus(new Money(coinsurance));
        }
        return new ClaimPayment(claim.patientControlNumber(), denied ? ClaimPaymentStatus.DENIED
                : ClaimPaymentStatus.PROCESSED_AS_PRIMARY, claim.totalCharge(), paid, patient,
                Optional.of("DEMO" + claim.patientControlNumber().replaceAll("[^A-Z0-9]", "")), Optional.empty(),
                List.of(), List.of(), lines);
    }
}

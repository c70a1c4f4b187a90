package dev.cleanclaim.core.remit;

import dev.cleanclaim.core.money.Money;

import java.util.Set;

/**
 * Compares what a payer allowed on a remittance line with what the practice contracted: the contracted amount per
 * unit times the units billed (the claim line's {@code allowed} when a contract priced it). Only a contract is a
 * fair measure: Medicare's national prices differ from a locality's, so a Medicare-priced line is not checked here.
 */
public final class Underpayments {

    /**
     * CO and PI reasons that cut the payment, not the allowed amount: sequestration (253) is taken from what Medicare
     * pays after it allowed the line. (OA adjustments, such as a prior payer's payment, OA-23, are never counted.)
     */
    private static final Set<String> AFTER_ALLOWED = Set.of("CO-253", "PI-253");

    private Underpayments() {
    }

    /**
     * @param lineNumber the claim line the remittance line pays (from its line control number)
     * @param expected   the contracted allowed amount for the line's units
     */
    public static ContractCheck check(int lineNumber, Money expected, ServicePayment payment) {
        Money allowed = allowed(payment);
        String code = payment.procedureCode();
        if (allowed.compareTo(Money.ZERO) <= 0) {
            return new ContractCheck.NothingAllowed(lineNumber, code, expected);
        }
        if (allowed.compareTo(expected) < 0) {
            return new ContractCheck.Underpayment(lineNumber, code, expected, allowed, expected.minus(allowed));
        }
        return new ContractCheck.AsContracted(lineNumber, code, expected, allowed);
    }

    /**
     * What the payer allowed for the line: the allowed amount it reported (AMT*B6), else the charge less the
     * contractual and payer-initiated reductions (CO, PI), which leaves what the payer paid plus the patient's share.
     */
    public static Money allowed(ServicePayment payment) {
        if (payment.allowed().isPresent()) {
            return payment.allowed().get();
        }
        Money allowed = payment.charge();
        for (Adjustment adjustment : payment.adjustments()) {
            boolean reduction = adjustment.group() == AdjustmentGroup.CO || adjustment.group() == AdjustmentGroup.PI;
            if (reduction && !AFTER_ALLOWED.contains(adjustment.code())) {
                allowed = allowed.minus(adjustment.amount());
            }
        }
        return allowed;
    }
}

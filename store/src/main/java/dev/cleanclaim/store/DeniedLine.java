package dev.cleanclaim.store;

import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.remit.Adjustment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A denial to work: one adjustment the payer gave for a line it paid nothing on (or for a claim it denied whole,
 * without lines), on a posted payment nobody reversed, whatever the claim's status: a denied line inside a paid or
 * partly paid claim is money to chase as much as a denied claim.
 *
 * @param lineNumber our claim's line the payer's line answers; empty for a claim-level denial or an unmatched line
 * @param procedureCode the line's code; empty for a claim-level denial
 */
public record DeniedLine(long claimPaymentId, long claimId, String controlNumber, long patientId, String payerName,
                         LocalDate paymentDate, Optional<Integer> lineNumber, Optional<String> procedureCode,
                         Money charge, Adjustment adjustment) {
    public DeniedLine {
        Objects.requireNonNull(controlNumber, "controlNumber");
        Objects.requireNonNull(payerName, "payerName");
        Objects.requireNonNull(paymentDate, "paymentDate");
        Objects.requireNonNull(lineNumber, "lineNumber");
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(adjustment, "adjustment");
    }
}

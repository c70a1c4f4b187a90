package dev.cleanclaim.core.remit;

import dev.cleanclaim.core.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One SVC service line of a remittance (loop 2110): the procedure as adjudicated, what was charged and paid, the
 * line control number our 837 sent (REF*6R) that ties it back to our claim line, its adjustments and remark codes.
 *
 * @param units             SVC05 units paid; absent means one
 * @param allowed           AMT*B6, the allowed amount, when the payer reports it
 * @param remarks           LQ*HE remittance advice remark codes (RARC)
 */
public record ServicePayment(String procedureCode, List<String> modifiers, Money charge, Money paid,
                             Optional<BigDecimal> units, Optional<String> lineControlNumber,
                             Optional<LocalDate> serviceDate, Optional<Money> allowed,
                             List<Adjustment> adjustments, List<String> remarks) {
    public ServicePayment {
        Objects.requireNonNull(procedureCode, "procedureCode");
        modifiers = List.copyOf(modifiers);
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(lineControlNumber, "lineControlNumber");
        Objects.requireNonNull(serviceDate, "serviceDate");
        Objects.requireNonNull(allowed, "allowed");
        adjustments = List.copyOf(adjustments);
        remarks = List.copyOf(remarks);
    }

    /**
     * Whether the payer denied this line: it paid nothing and gave a reason beyond the routine write-off and patient
     * share (a line the patient owes all of, a deductible, is decided, not denied).
     */
    public boolean denied() {
        return paid.cents() == 0 && adjustments.stream().anyMatch(DenialExplainer::isProblem);
    }
}

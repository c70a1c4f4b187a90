package dev.cleanclaim.core.remit;

import dev.cleanclaim.core.money.Money;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One CAS adjustment: its group, the claim adjustment reason code (CARC), the amount (negative in a reversal) and,
 * where the payer gives it, the quantity (units) adjusted.
 */
public record Adjustment(AdjustmentGroup group, String reason, Money amount, Optional<BigDecimal> quantity) {
    public Adjustment {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(quantity, "quantity");
    }

    /** "CO-45", as billers say it. */
    public String code() {
        return group.name() + "-" + reason;
    }
}

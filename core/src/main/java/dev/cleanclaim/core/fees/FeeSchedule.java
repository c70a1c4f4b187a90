package dev.cleanclaim.core.fees;

import dev.cleanclaim.core.money.Money;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A practice's charge per unit of each code. The charge is what the practice bills, not what a payer allows.
 *
 * @param name shown in findings so a biller knows which schedule priced the claim
 */
public record FeeSchedule(String name, Map<String, Money> perUnit) {

    public FeeSchedule {
        perUnit = Collections.unmodifiableMap(new HashMap<>(perUnit));
    }

    public Optional<Money> chargeFor(String code, int units) {
        return Optional.ofNullable(perUnit.get(code)).map(fee -> fee.times(units));
    }
}

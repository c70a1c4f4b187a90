package dev.cleanclaim.core.fees;

import dev.cleanclaim.core.money.Money;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A practice's charges: per unit of each code, per unit of a code billed with a modifier where the practice charges
 * otherwise (a reduced service, say), and session prices for self-pay visits (a 60-minute massage at one price,
 * whatever its units). A charge is what the practice bills, not what a payer allows.
 *
 * @param name          shown in findings so a biller knows which schedule priced the claim
 * @param modifierFees  per unit, by code then modifier
 */
public record FeeSchedule(String name, Map<String, Money> perUnit, Map<String, Map<String, Money>> modifierFees,
                          List<SessionPrice> sessions) {

    public FeeSchedule {
        Objects.requireNonNull(name, "name");
        perUnit = Collections.unmodifiableMap(new TreeMap<>(perUnit));
        TreeMap<String, Map<String, Money>> byCode = new TreeMap<>();
        modifierFees.forEach((code, fees) -> byCode.put(code, Collections.unmodifiableMap(new TreeMap<>(fees))));
        modifierFees = Collections.unmodifiableMap(byCode);
        sessions = List.copyOf(sessions);
    }

    public FeeSchedule(String name, Map<String, Money> perUnit) {
        this(name, perUnit, Map.of(), List.of());
    }

    public Optional<Money> chargeFor(String code, int units) {
        return Optional.ofNullable(perUnit.get(code)).map(fee -> fee.times(units));
    }

    /** The charge for the code's units: at the fee of the first modifier the practice prices apart, else the code's. */
    public Optional<Money> chargeFor(String code, List<String> modifiers, int units) {
        Map<String, Money> byModifier = modifierFees.getOrDefault(code, Map.of());
        for (String modifier : modifiers) {
            Money fee = byModifier.get(modifier);
            if (fee != null) {
                return Optional.of(fee.times(units));
            }
        }
        return chargeFor(code, units);
    }

    /** The session price of the code for exactly these minutes, for a self-pay visit. */
    public Optional<SessionPrice> session(String code, int minutes) {
        return sessions.stream().filter(session -> session.code().equals(code) && session.minutes() == minutes).findFirst();
    }

    public boolean isEmpty() {
        return perUnit.isEmpty() && modifierFees.isEmpty() && sessions.isEmpty();
    }
}

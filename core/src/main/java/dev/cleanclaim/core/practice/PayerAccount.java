package dev.cleanclaim.core.practice;

import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.units.UnitMethod;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * One entry of the practice's payer directory: a real insurer the practice bills, the payer pack whose rules it
 * follows (many insurers share a pack), its electronic payer id (837P loop 2010BB) and what the practice agreed
 * with it.
 *
 * @param pack                 the cleanclaim payer pack id (medicare, bcbs, commercial, ...) whose rules this payer follows
 * @param address              where paper claims go (CMS-1500 header)
 * @param claimFilingIndicator the X12 claim filing indicator (837P SBR09) when it differs from the pack's
 * @param timelyFilingDays     how many days after the date of service the payer accepts a claim
 * @param unitMethod           the unit method when this payer counts units unlike its pack
 * @param distinctModifier     the distinct-service modifier (XS or 59) when this payer wants another than its pack
 * @param contracted           the allowed amount per unit the practice contracted, by code: a payment below it is
 *                             an underpayment
 * @param source               where the entry came from (a starter directory entry cites its source)
 */
public record PayerAccount(String pack, String name, String electronicId, Optional<Address> address,
                           Optional<String> claimFilingIndicator, OptionalInt timelyFilingDays,
                           Optional<UnitMethod> unitMethod, Optional<String> distinctModifier,
                           Map<String, Money> contracted, Optional<String> source) {

    public PayerAccount {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(electronicId, "electronicId");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(claimFilingIndicator, "claimFilingIndicator");
        Objects.requireNonNull(timelyFilingDays, "timelyFilingDays");
        Objects.requireNonNull(unitMethod, "unitMethod");
        Objects.requireNonNull(distinctModifier, "distinctModifier");
        contracted = Collections.unmodifiableMap(new TreeMap<>(contracted)); // sorted: the order it is shown and exported in
        Objects.requireNonNull(source, "source");
    }

    /** An entry with nothing of its own beyond its name and ids: the pack decides the rest. */
    public PayerAccount(String pack, String name, String electronicId, Optional<Address> address) {
        this(pack, name, electronicId, address, Optional.empty(), OptionalInt.empty(), Optional.empty(),
                Optional.empty(), Map.of(), Optional.empty());
    }

    /** The contracted allowed amount for the code's units, when the practice has a contract price for it. */
    public Optional<Money> contractedFor(String code, int units) {
        return Optional.ofNullable(contracted.get(code)).map(perUnit -> perUnit.times(units));
    }
}

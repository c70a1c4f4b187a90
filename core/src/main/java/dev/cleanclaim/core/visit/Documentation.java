package dev.cleanclaim.core.visit;

import dev.cleanclaim.core.money.Money;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the visit notes document; absent facts read as not documented.
 *
 * @param medicalNecessity ids of the documented conditions that make the service necessary (e.g. "tight-muscles")
 * @param abn              a signed advance beneficiary notice is on file
 * @param therapyAmountYearToDate Medicare therapy amount already billed this year, as typed in: overrides what the
 *                                patient's stored claims add up to, and is all a visit file scrubbed on its own has
 *                                (taken as the amount so far of each discipline the visit bills)
 */
public record Documentation(
        boolean referral,
        boolean clinicalRationale,
        List<String> medicalNecessity,
        boolean activeTreatment,
        boolean abn,
        Optional<Money> therapyAmountYearToDate) {

    public static final Documentation NONE = new Documentation(false, false, List.of(), false, false, Optional.empty());

    public Documentation {
        medicalNecessity = List.copyOf(medicalNecessity);
        Objects.requireNonNull(therapyAmountYearToDate, "therapyAmountYearToDate");
    }
}

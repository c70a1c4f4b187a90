package dev.cleanclaim.core.fees;

import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.modifier.Modifiers;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.scrub.ScrubContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Prices lines with the Medicare fee schedule of the date of service's year, at the practice's locality and
 * conversion factor: units x the per-unit amount ({@link MedicareRates.Known#price}); nothing for codes Medicare
 * does not pay (status B, N, I); no amount where the schedule cannot say (a contractor-priced code, a code or a
 * year the rule data lacks); the share the modifier rule data sets for a modifier on the date (85% for services an
 * assistant furnished, CQ/CO, since 2022-01-01), rounded to the cent half up. The claim says which amounts these are
 * when they are not the practice's locality's, and when there are none for the year.
 */
public final class AllowedAmounts {

    private AllowedAmounts() {
    }

    public static void price(ScrubContext context, MedicareFeeSchedule schedule) {
        MedicareRates rates = schedule.ratesOn(context.dateOfService());
        MedicarePricingFindings.explain(rates, context.findings());
        if (rates instanceof MedicareRates.Known known) {
            for (LineDraft line : context.lines()) {
                allowed(line.code(), line.units(), line.modifiers(), known).ifPresent(line::setAllowed);
            }
        }
    }

    /** The allowed amount of a line known by its code, units and modifiers (a stored claim's line, too). */
    public static Optional<Money> allowed(String code, int units, List<String> modifiers, MedicareRates.Known rates) {
        if (modifiers.contains(Modifiers.STATUTORILY_EXCLUDED)) {
            return Optional.of(Money.ZERO); // excluded by law: Medicare allows nothing, whatever the fee schedule says
        }
        MedicarePrice price = rates.price(code);
        if (price instanceof MedicarePrice.NotPaid) {
            return Optional.of(Money.ZERO);
        }
        if (!(price instanceof MedicarePrice.Allowed allowed)) {
            return Optional.empty();
        }
        // The fee schedule amount is rounded per unit, as CMS publishes it, then multiplied by the units.
        Money amount = allowed.perUnit().times(units);
        Optional<BigDecimal> share = rates.shareFor(modifiers);
        return Optional.of(share.isEmpty() ? amount
                : Money.of(amount.toBigDecimal().multiply(share.get()).setScale(2, RoundingMode.HALF_UP)));
    }

    /**
     * What a line counts toward Medicare's yearly therapy threshold: the fee schedule's allowed amount on its date of
     * service, else (no fee schedule for the date, or a code it cannot price) its charge, else nothing.
     */
    public static Money towardTherapyThreshold(String code, int units, List<String> modifiers, Optional<Money> charge,
                                               MedicareFeeSchedule schedule, LocalDate date) {
        MedicareRates rates = schedule.ratesOn(date);
        Optional<Money> allowed = rates instanceof MedicareRates.Known known
                ? allowed(code, units, modifiers, known) : Optional.empty();
        return allowed.or(() -> charge).orElse(Money.ZERO);
    }
}

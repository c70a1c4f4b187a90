package dev.cleanclaim.core.fees;

import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.scrub.ScrubContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Prices lines with the Medicare fee schedule: units x non-facility RVUs x conversion factor, rounded to cents;
 * nothing for codes Medicare does not pay (status B, N, I); 85% for services an assistant furnished (CQ/CO)
 * since 2022-01-01.
 */
public final class AllowedAmounts {

    static final LocalDate ASSISTANT_REDUCTION_FROM = LocalDate.of(2022, 1, 1);
    private static final BigDecimal ASSISTANT_SHARE = new BigDecimal("0.85");

    private AllowedAmounts() {
    }

    public static void price(ScrubContext context, MedicareFeeSchedule schedule) {
        Optional<BigDecimal> factor = schedule.conversionFactor(context.dateOfService());
        if (factor.isEmpty()) {
            return;
        }
        for (LineDraft line : context.lines()) {
            allowed(line, schedule, factor.get(), context.dateOfService()).ifPresent(line::setAllowed);
        }
    }

    public static Optional<Money> allowed(LineDraft line, MedicareFeeSchedule schedule, BigDecimal factor, LocalDate date) {
        return allowed(line.code(), line.units(), line.modifiers(), schedule, factor, date);
    }

    /** The same for a line already billed, known by its code, units and modifiers (a stored claim's line). */
    public static Optional<Money> allowed(String code, int units, List<String> modifiers, MedicareFeeSchedule schedule,
                                          BigDecimal factor, LocalDate date) {
        return schedule.rvu(code).map(rvu -> {
            if (!rvu.paid()) {
                return Money.ZERO;
            }
            // The fee schedule amount is rounded per unit, as CMS publishes it, then multiplied by the units.
            BigDecimal perUnit = rvu.nonFacilityTotal().multiply(factor).setScale(2, RoundingMode.HALF_UP);
            BigDecimal amount = perUnit.multiply(BigDecimal.valueOf(units));
            if ((modifiers.contains("CQ") || modifiers.contains("CO")) && !date.isBefore(ASSISTANT_REDUCTION_FROM)) {
                amount = amount.multiply(ASSISTANT_SHARE);
            }
            return new Money(amount.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact());
        });
    }

    /**
     * What a line counts toward Medicare's yearly therapy threshold: the fee schedule's allowed amount on its date of
     * service, else (no conversion factor for the date, or a code the schedule lacks) its charge, else nothing.
     */
    public static Money towardTherapyThreshold(String code, int units, List<String> modifiers, Optional<Money> charge,
                                               MedicareFeeSchedule schedule, LocalDate date) {
        return schedule.conversionFactor(date)
                .flatMap(factor -> allowed(code, units, modifiers, schedule, factor, date))
                .or(() -> charge).orElse(Money.ZERO);
    }
}

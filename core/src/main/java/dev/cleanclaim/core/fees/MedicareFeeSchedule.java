package dev.cleanclaim.core.fees;

import dev.cleanclaim.core.time.EffectivePeriod;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Medicare physician fee schedule facts: each code's payment status and non-facility total RVUs, and the
 * conversion factor by date. Payment = RVUs x conversion factor (national; GPCI 1.0).
 *
 * @param release e.g. "CMS MPFS RVU24C (July 2024)", quoted where amounts are shown
 */
public record MedicareFeeSchedule(String release, Map<String, Rvu> rvus, List<ConversionFactor> conversionFactors) {

    /** One code's fee schedule row. Only status A, R and T are paid (B bundled, N not covered, I not valid). */
    public record Rvu(String code, String status, BigDecimal nonFacilityTotal) {
        public boolean paid() {
            return status.equals("A") || status.equals("R") || status.equals("T");
        }
    }

    /** Dollars per RVU over a date range. */
    public record ConversionFactor(EffectivePeriod period, BigDecimal dollarsPerRvu) {
    }

    public MedicareFeeSchedule {
        rvus = Map.copyOf(rvus);
        conversionFactors = List.copyOf(conversionFactors);
    }

    public static MedicareFeeSchedule of(String release, Collection<Rvu> rows, List<ConversionFactor> factors) {
        return new MedicareFeeSchedule(release, rows.stream().collect(Collectors.toMap(Rvu::code, Function.identity())), factors);
    }

    public Optional<Rvu> rvu(String code) {
        return Optional.ofNullable(rvus.get(code));
    }

    public Optional<BigDecimal> conversionFactor(LocalDate date) {
        return conversionFactors.stream().filter(factor -> factor.period().contains(date))
                .map(ConversionFactor::dollarsPerRvu).findFirst();
    }
}

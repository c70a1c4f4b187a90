package dev.cleanclaim.core.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The Medicare physician fee schedule by calendar year (RVUs and GPCIs) with the conversion factors by date, as it
 * pays one practice: at its locality and conversion factor ({@link MedicarePricingTerms}), and the shares of it paid
 * with some modifiers (CQ, CO). A date whose year or conversion factor the rule data lacks gets no amounts rather
 * than another year's.
 */
public record MedicareFeeSchedule(SortedMap<Integer, MpfsYear> years, List<ConversionFactor> conversionFactors,
                                  List<ModifierShare> modifierShares, MedicarePricingTerms terms) {

    public MedicareFeeSchedule {
        years = Collections.unmodifiableSortedMap(new TreeMap<>(years));
        conversionFactors = List.copyOf(conversionFactors);
        modifierShares = List.copyOf(modifierShares);
        Objects.requireNonNull(terms, "terms");
    }

    /** The schedule for a practice that has set nothing: national amounts, the usual conversion factor. */
    public static MedicareFeeSchedule of(Collection<MpfsYear> years, List<ConversionFactor> factors,
                                         List<ModifierShare> modifierShares) {
        return new MedicareFeeSchedule(new TreeMap<>(years.stream()
                .collect(Collectors.toMap(MpfsYear::year, year -> year))), factors, modifierShares,
                MedicarePricingTerms.UNSET);
    }

    /** The same schedule as it pays a practice with these terms. */
    public MedicareFeeSchedule pricedFor(MedicarePricingTerms practiceTerms) {
        return new MedicareFeeSchedule(years, conversionFactors, modifierShares, practiceTerms);
    }

    public Optional<MpfsYear> year(int year) {
        return Optional.ofNullable(years.get(year));
    }

    /** The code's row in the release of the date's year. */
    public Optional<Rvu> rvu(String code, LocalDate date) {
        return year(date.getYear()).flatMap(year -> year.rvu(code));
    }

    /**
     * The conversion factor in force on the date for this practice: the first that pays it, so a rule folder's
     * imported factors, listed first, win over the built-in ones of the same dates.
     */
    public Optional<BigDecimal> conversionFactor(LocalDate date) {
        return conversionFactors.stream()
                .filter(factor -> factor.period().contains(date) && factor.pays(terms.qualifyingApm()))
                .map(ConversionFactor::dollarsPerRvu).findFirst();
    }

    /** Everything needed to price a line on the date, or why nothing can be. */
    public MedicareRates ratesOn(LocalDate date) {
        int calendarYear = date.getYear();
        Optional<MpfsYear> year = year(calendarYear);
        if (year.isEmpty()) {
            return new MedicareRates.Unknown(calendarYear, MedicareRates.Unknown.Missing.RVUS,
                    "cleanclaim has no Medicare fee schedule for " + calendarYear + loaded());
        }
        Optional<BigDecimal> factor = conversionFactor(date);
        if (factor.isEmpty()) {
            return new MedicareRates.Unknown(calendarYear, MedicareRates.Unknown.Missing.CONVERSION_FACTOR,
                    "cleanclaim has no Medicare conversion factor for " + date
                    + (terms.qualifyingApm() ? " for qualifying APM participants" : ""));
        }
        return new MedicareRates.Known(year.get(), factor.get(), geography(year.get()),
                modifierShares.stream().filter(share -> share.appliesOn(date)).toList());
    }

    private MedicareRates.Geography geography(MpfsYear year) {
        if (terms.locality().isEmpty()) {
            return new MedicareRates.Geography.National(MedicareRates.Geography.National.Why.LOCALITY_NOT_SET,
                    Optional.empty());
        }
        MedicareLocality locality = terms.locality().get();
        if (year.gpcis().isEmpty()) {
            return new MedicareRates.Geography.National(MedicareRates.Geography.National.Why.NO_GPCI_FOR_YEAR,
                    terms.locality());
        }
        return year.gpci(locality)
                .<MedicareRates.Geography>map(gpci -> new MedicareRates.Geography.Locality(locality, gpci))
                .orElseGet(() -> new MedicareRates.Geography.National(
                        MedicareRates.Geography.National.Why.LOCALITY_NOT_LISTED, terms.locality()));
    }

    private String loaded() {
        return years.isEmpty() ? "" : " (it has " + years.keySet().stream().map(String::valueOf)
                .collect(Collectors.joining(", ")) + ")";
    }
}

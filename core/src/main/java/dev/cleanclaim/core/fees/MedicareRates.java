package dev.cleanclaim.core.fees;

import dev.cleanclaim.core.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The Medicare fee schedule in force for a practice on one date: known, or missing from the rule data. */
public sealed interface MedicareRates {

    /**
     * The year's RVUs, the conversion factor of the date for the practice, the GPCIs it is paid at, and the shares
     * paid with some modifiers on the date.
     */
    record Known(MpfsYear year, BigDecimal conversionFactor, Geography geography, List<ModifierShare> modifierShares)
            implements MedicareRates {

        public Known {
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(conversionFactor, "conversionFactor");
            Objects.requireNonNull(geography, "geography");
            modifierShares = List.copyOf(modifierShares);
        }

        /** The share of the fee schedule paid for a line with these modifiers (85% with CQ or CO), if any applies. */
        public Optional<BigDecimal> shareFor(List<String> modifiers) {
            for (ModifierShare share : modifierShares) {
                if (modifiers.contains(share.modifier())) {
                    return Optional.of(share.share());
                }
            }
            return Optional.empty();
        }

        /**
         * One unit of the code: (work RVU x work GPCI + PE RVU x PE GPCI + MP RVU x MP GPCI) x conversion factor,
         * computed exactly and rounded once to the cent, half up, as CMS rounds the amounts it publishes.
         */
        public MedicarePrice price(String code) {
            Optional<Rvu> found = year.rvu(code);
            if (found.isEmpty()) {
                return new MedicarePrice.NotListed(code);
            }
            Rvu rvu = found.get();
            if (rvu.carrierPriced()) {
                return new MedicarePrice.CarrierPriced(rvu);
            }
            if (!rvu.paid()) {
                return new MedicarePrice.NotPaid(rvu);
            }
            Gpci gpci = geography.gpci();
            BigDecimal weighted = rvu.work().multiply(gpci.work())
                    .add(rvu.practiceExpense().multiply(gpci.practiceExpense()))
                    .add(rvu.malpractice().multiply(gpci.malpractice()));
            BigDecimal dollars = weighted.multiply(conversionFactor).setScale(2, RoundingMode.HALF_UP);
            return new MedicarePrice.Allowed(Money.of(dollars));
        }
    }

    /** No fee schedule for the date: what the rule data lacks, said in a sentence. */
    record Unknown(int year, Missing missing, String reason) implements MedicareRates {

        /** What is missing. */
        public enum Missing {
            /** No release of RVUs for the year. */
            RVUS,
            /** RVUs for the year, but no conversion factor in force on the date for this practice. */
            CONVERSION_FACTOR
        }
    }

    /** Where the GPCIs came from: the practice's locality, or none (the national amounts) and why. */
    sealed interface Geography {

        Gpci gpci();

        record Locality(MedicareLocality locality, Gpci gpci) implements Geography {
        }

        record National(Why why, Optional<MedicareLocality> asked) implements Geography {

            /** Why the national amounts are used. */
            public enum Why {
                /** The practice has not set its Medicare locality. */
                LOCALITY_NOT_SET,
                /** The rule data has no GPCI file for the year. */
                NO_GPCI_FOR_YEAR,
                /** The year's GPCI file has no such locality: the practice's setting is likely wrong. */
                LOCALITY_NOT_LISTED
            }

            @Override
            public Gpci gpci() {
                return Gpci.NATIONAL;
            }
        }
    }
}

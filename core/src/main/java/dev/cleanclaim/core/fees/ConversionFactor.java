package dev.cleanclaim.core.fees;

import dev.cleanclaim.core.time.EffectivePeriod;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Dollars per RVU over a date range, and whom it pays: from 2026 CMS has two, a higher one for qualifying APM
 * participants (QPs) and the usual one for everyone else.
 */
public record ConversionFactor(EffectivePeriod period, BigDecimal dollarsPerRvu, AppliesTo appliesTo) {

    /** Who is paid at a conversion factor. */
    public enum AppliesTo {
        ALL("all"), NON_QUALIFYING_APM("non-qualifying-apm"), QUALIFYING_APM("qualifying-apm");

        private final String word;

        AppliesTo(String word) {
            this.word = word;
        }

        /** The word rule data uses: all, non-qualifying-apm or qualifying-apm. */
        public static AppliesTo of(String word) {
            for (AppliesTo value : values()) {
                if (value.word.equals(word)) {
                    return value;
                }
            }
            throw new IllegalArgumentException("applies_to must be all, non-qualifying-apm or qualifying-apm, got \""
                    + word + "\"");
        }

        public String word() {
            return word;
        }
    }

    public ConversionFactor {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(appliesTo, "appliesTo");
        if (dollarsPerRvu.signum() <= 0) {
            throw new IllegalArgumentException("a conversion factor must be above zero, got " + dollarsPerRvu);
        }
    }

    /** Whether a practice that is (or is not) a qualifying APM participant is paid at this factor. */
    public boolean pays(boolean qualifyingApm) {
        return switch (appliesTo) {
            case ALL -> true;
            case QUALIFYING_APM -> qualifyingApm;
            case NON_QUALIFYING_APM -> !qualifyingApm;
        };
    }
}

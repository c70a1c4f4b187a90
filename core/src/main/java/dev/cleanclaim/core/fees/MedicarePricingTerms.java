package dev.cleanclaim.core.fees;

import java.util.Objects;
import java.util.Optional;

/**
 * What about the practice decides its Medicare amounts: the locality it is paid in (empty until the practice sets
 * it: the national amounts are used meanwhile, and each claim says so) and whether it is a qualifying APM
 * participant, paid at the higher conversion factor from 2026 (most practices are not).
 */
public record MedicarePricingTerms(Optional<MedicareLocality> locality, boolean qualifyingApm) {

    /** A practice that has not said: national amounts at the usual conversion factor. */
    public static final MedicarePricingTerms UNSET = new MedicarePricingTerms(Optional.empty(), false);

    public MedicarePricingTerms {
        Objects.requireNonNull(locality, "locality");
    }
}

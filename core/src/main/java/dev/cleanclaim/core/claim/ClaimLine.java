package dev.cleanclaim.core.claim;

import dev.cleanclaim.core.money.Money;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One billed code on the date of service: all its units on one line.
 *
 * @param minutes            documented minutes, for time-based codes
 * @param diagnosisPointers  letters A-L into the claim's diagnoses, most relevant first, at most four
 * @param charge             units times the practice's fee, when the fee schedule has the code
 * @param allowed            what the payer's fee schedule allows for the line, when the payer pack prices claims
 * @param description        what was done in the therapist's words, from the services behind the line; unlisted
 *                           codes such as 97139 must carry it (837P SV101-7, CMS-1500 24 shaded line)
 */
public record ClaimLine(String code, List<String> modifiers, int units, OptionalInt minutes,
                        List<String> diagnosisPointers, Optional<Money> charge, Optional<Money> allowed,
                        Optional<String> description) {

    public ClaimLine {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(minutes, "minutes");
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(allowed, "allowed");
        Objects.requireNonNull(description, "description");
        modifiers = List.copyOf(modifiers);
        diagnosisPointers = List.copyOf(diagnosisPointers);
        if (units < 1) {
            throw new IllegalArgumentException(code + ": a claim line bills at least one unit, got " + units);
        }
    }
}

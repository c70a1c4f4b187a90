package dev.cleanclaim.store;

import java.util.Objects;
import java.util.Optional;

/**
 * What a claim was made with beyond its own contents, kept beside it as JSON the app writes and reads: the
 * practice, provider and payer facts, and the patient as the claim billed them. A later change of the practice or
 * of the patient is for the claims made after it; a sent claim's documents keep saying what was sent.
 *
 * @param patientFacts empty for a claim made without a snapshot of its patient (the patient of now stands in)
 */
public record MadeWith(String practiceFacts, Optional<String> patientFacts) {
    public MadeWith {
        Objects.requireNonNull(practiceFacts, "practiceFacts");
        Objects.requireNonNull(patientFacts, "patientFacts");
    }

    public static MadeWith practice(String practiceFacts) {
        return new MadeWith(practiceFacts, Optional.empty());
    }
}

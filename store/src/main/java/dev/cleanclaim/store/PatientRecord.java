package dev.cleanclaim.store;

import dev.cleanclaim.core.patient.Coverage;
import dev.cleanclaim.core.patient.Patient;

import java.util.Objects;
import java.util.Optional;

/**
 * A patient as the practice keeps them: the patient and their primary insurance, the payer billed, a second policy
 * when they have one, and the therapist whose patient they are (a therapist sees only their own patients).
 *
 * @param payerId   the payer pack of the primary insurance (medicare, bcbs, ...), empty for self-pay clients
 * @param secondary the policy billed after the primary has paid; only with a primary, and with another payer
 */
public record PatientRecord(long practiceId, Patient patient, Optional<String> payerId, Optional<Long> therapistId,
                            Optional<Coverage> secondary) {
    public PatientRecord {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(payerId, "payerId");
        Objects.requireNonNull(therapistId, "therapistId");
        Objects.requireNonNull(secondary, "secondary");
        if (patient.referredBy().isPresent()) {
            throw new IllegalArgumentException("referrals are kept as referrals (ReferralStore), not on the patient");
        }
        if (secondary.isPresent() && payerId.isEmpty()) {
            throw new IllegalArgumentException("a secondary insurance needs a primary one: a self-pay client has none");
        }
        if (secondary.isPresent() && secondary.get().payerId().equals(payerId.get())) {
            throw new IllegalArgumentException("the secondary insurance is with " + payerId.get()
                    + ", the primary payer; a second policy with the same payer is not billed as a secondary claim");
        }
    }

    /** A patient with no second policy. */
    public PatientRecord(long practiceId, Patient patient, Optional<String> payerId, Optional<Long> therapistId) {
        this(practiceId, patient, payerId, therapistId, Optional.empty());
    }
}

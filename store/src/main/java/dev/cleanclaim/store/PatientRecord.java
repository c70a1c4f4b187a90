package dev.cleanclaim.store;

import dev.cleanclaim.core.patient.Patient;

import java.util.Objects;
import java.util.Optional;

/**
 * A patient as the practice keeps them: the patient and their primary insurance, the payer billed, and the
 * therapist whose patient they are (a therapist sees only their own patients).
 *
 * @param payerId the payer pack of the primary insurance (medicare, bcbs, ...), empty for self-pay clients
 */
public record PatientRecord(long practiceId, Patient patient, Optional<String> payerId, Optional<Long> therapistId) {
    public PatientRecord {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(payerId, "payerId");
        Objects.requireNonNull(therapistId, "therapistId");
        if (patient.referredBy().isPresent()) {
            throw new IllegalArgumentException("referrals are kept as referrals (ReferralStore), not on the patient");
        }
    }
}

package dev.cleanclaim.core.patient;

import java.util.Objects;
import java.util.Optional;

/**
 * An insurance policy that covers a patient besides the one billed first: which payer, the member id on its card,
 * the group, and whose policy it is. A secondary claim bills this payer once the primary has paid.
 *
 * <p>The member id is required, unlike on {@link Patient}: a patient's primary insurance can be entered before the
 * card is at hand, but a second policy is only worth keeping when it can be billed.
 *
 * @param payerId    the payer pack of this policy (medicare, bcbs, ...)
 * @param subscriber the policy holder when not the patient; empty when the patient holds the policy
 * @param medicareSecondary when this policy is Medicare paying after the primary, why (the MSP type the patient's
 *                          questionnaire gives); empty to let the claim infer it ({@link MedicareSecondaryType#inferred})
 */
public record Coverage(String payerId, String memberId, Optional<String> groupNumber, Relationship relationship,
                       Optional<Person> subscriber, Optional<MedicareSecondaryType> medicareSecondary) {

    public Coverage {
        Objects.requireNonNull(payerId, "payerId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(groupNumber, "groupNumber");
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(subscriber, "subscriber");
        Objects.requireNonNull(medicareSecondary, "medicareSecondary");
        if (memberId.isBlank()) {
            throw new IllegalArgumentException("a coverage needs the member id on the insurance card");
        }
        if (relationship != Relationship.SELF && subscriber.isEmpty()) {
            throw new IllegalArgumentException("a patient who is not the subscriber needs the subscriber");
        }
        if (relationship == Relationship.SELF && subscriber.isPresent()) {
            throw new IllegalArgumentException("a patient who holds the policy has no other subscriber");
        }
    }

    public Coverage(String payerId, String memberId, Optional<String> groupNumber, Relationship relationship,
                    Optional<Person> subscriber) {
        this(payerId, memberId, groupNumber, relationship, subscriber, Optional.empty());
    }

    /**
     * The patient as this policy covers them: the same person and account, with this policy's member id, group,
     * relationship and subscriber. A claim to this payer (or a prior payer's part on another claim) is written
     * from that patient.
     */
    public Patient covering(Patient patient) {
        return new Patient(patient.person(), patient.accountNumber(), Optional.of(memberId), groupNumber, relationship,
                subscriber, patient.referredBy());
    }
}

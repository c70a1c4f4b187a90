package dev.cleanclaim.core.patient;

import dev.cleanclaim.core.practice.ReferringProvider;

import java.util.Objects;
import java.util.Optional;

/**
 * The patient of a visit and the insurance billed: what the 837P and the CMS-1500 need beyond the services.
 *
 * @param accountNumber the practice's patient account number (CLM01 prefix; box 26)
 * @param subscriber    the policy holder when not the patient; empty when the patient is the subscriber
 * @param referredBy    the physician whose referral or prescription is on file, when there is one
 */
public record Patient(Person person, String accountNumber, Optional<String> memberId, Optional<String> groupNumber,
                      Relationship relationship, Optional<Person> subscriber,
                      Optional<ReferringProvider> referredBy) {

    public Patient {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(accountNumber, "accountNumber");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(groupNumber, "groupNumber");
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(subscriber, "subscriber");
        Objects.requireNonNull(referredBy, "referredBy");
        if (relationship != Relationship.SELF && subscriber.isEmpty()) {
            throw new IllegalArgumentException("a patient who is not the subscriber needs the subscriber");
        }
    }
}

package dev.cleanclaim.core.account;

import dev.cleanclaim.core.money.Money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One visit's charge on a patient's account and where it stands: what insurance paid and wrote off, what the patient
 * owes of it, and what still waits for an insurer's decision.
 *
 * @param patientShare  what the patient owes for it: the payer's patient responsibility, or the whole charge when
 *                      the client pays for themselves
 * @param pending       the part insurance has not decided yet (the patient owes none of it until it does)
 */
public record Charge(long claimId, LocalDate dateOfService, String controlNumber, String services, Money charge,
                     Money insurancePaid, Money writtenOff, Money patientShare, Money pending) {
    public Charge {
        Objects.requireNonNull(dateOfService, "dateOfService");
        Objects.requireNonNull(controlNumber, "controlNumber");
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(insurancePaid, "insurancePaid");
        Objects.requireNonNull(writtenOff, "writtenOff");
        Objects.requireNonNull(patientShare, "patientShare");
        Objects.requireNonNull(pending, "pending");
    }
}

package dev.cleanclaim.store;

import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.money.Money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A claim as a list shows it: whose, which payer, when, where it stands and for how much. Read from the claim row
 * alone, so a list of hundreds of claims does not read their lines and findings.
 */
public record ClaimSummary(long visitId, long patientId, String payerId, LocalDate dateOfService, ClaimStatus status,
                           String patientControlNumber, Money totalCharge, String ruleDataVersion) {
    public ClaimSummary {
        Objects.requireNonNull(payerId, "payerId");
        Objects.requireNonNull(dateOfService, "dateOfService");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(patientControlNumber, "patientControlNumber");
        Objects.requireNonNull(totalCharge, "totalCharge");
        Objects.requireNonNull(ruleDataVersion, "ruleDataVersion");
    }

    /** The stored claim as a list shows it, under the same id and version. */
    public static Stored<ClaimSummary> of(Stored<ClaimRecord> claim) {
        return new Stored<>(claim.id(), claim.version(), claim.value().summary());
    }
}

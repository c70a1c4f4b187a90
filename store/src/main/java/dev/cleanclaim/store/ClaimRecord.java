package dev.cleanclaim.store;

import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.money.Money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stored claim: the visit it came from, its status, the numbers a list shows, and the claim contract JSON as
 * last scrubbed (findings and rule-data version included).
 *
 * @param patientControlNumber CLM01, unique: remittances are matched back by it
 */
public record ClaimRecord(long visitId, long patientId, String payerId, LocalDate dateOfService, ClaimStatus status,
                          String patientControlNumber, Money totalCharge, String ruleDataVersion, String body) {
    public ClaimRecord {
        Objects.requireNonNull(payerId, "payerId");
        Objects.requireNonNull(dateOfService, "dateOfService");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(patientControlNumber, "patientControlNumber");
        Objects.requireNonNull(totalCharge, "totalCharge");
        Objects.requireNonNull(ruleDataVersion, "ruleDataVersion");
        Objects.requireNonNull(body, "body");
    }

    public ClaimRecord withStatus(ClaimStatus next) {
        return new ClaimRecord(visitId, patientId, payerId, dateOfService, next, patientControlNumber, totalCharge,
                ruleDataVersion, body);
    }
}

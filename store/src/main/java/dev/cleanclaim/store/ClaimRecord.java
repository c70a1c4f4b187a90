package dev.cleanclaim.store;

import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.money.Money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stored claim: the visit it came from, its status, the numbers a list shows, and the claim as last scrubbed (its
 * lines, diagnoses, findings and rule-data edition), kept as rows the store owns.
 *
 * @param payerId              the payer billed; a secondary claim bills another payer than its draft was scrubbed for
 * @param patientControlNumber CLM01, unique: remittances are matched back by it
 * @param totalCharge          what the claim bills (a void bills what the claim it takes back billed)
 */
public record ClaimRecord(long visitId, long patientId, String payerId, ClaimStatus status, String patientControlNumber,
                          Money totalCharge, ClaimDraft draft) {
    public ClaimRecord {
        Objects.requireNonNull(payerId, "payerId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(patientControlNumber, "patientControlNumber");
        Objects.requireNonNull(totalCharge, "totalCharge");
        Objects.requireNonNull(draft, "draft");
    }

    /** A claim billing what the draft bills, to the payer the draft was scrubbed for. */
    public ClaimRecord(long visitId, long patientId, ClaimStatus status, String patientControlNumber, ClaimDraft draft) {
        this(visitId, patientId, draft.payerId(), status, patientControlNumber, draft.totalCharge(), draft);
    }

    public LocalDate dateOfService() {
        return draft.dateOfService();
    }

    /** The rule data the claim was last scrubbed with. */
    public String ruleDataVersion() {
        return draft.ruleDataVersion();
    }

    public ClaimRecord withStatus(ClaimStatus next) {
        return new ClaimRecord(visitId, patientId, payerId, next, patientControlNumber, totalCharge, draft);
    }

    public ClaimSummary summary() {
        return new ClaimSummary(visitId, patientId, payerId, dateOfService(), status, patientControlNumber, totalCharge,
                ruleDataVersion());
    }
}

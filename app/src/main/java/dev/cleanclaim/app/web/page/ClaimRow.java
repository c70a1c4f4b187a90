package dev.cleanclaim.app.web.page;

import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.store.ClaimSummary;
import dev.cleanclaim.store.Stored;

import java.time.LocalDate;
import java.util.Map;

/** A claim as a list shows it: whose, which payer, when, where it stands and for how much. */
public record ClaimRow(long id, long patientId, String patientName, String payerId, LocalDate dateOfService,
                       ClaimStatus status, String controlNumber, Money totalCharge) {

    static ClaimRow of(Stored<ClaimSummary> stored, Map<Long, String> patientNames) {
        ClaimSummary claim = stored.value();
        return new ClaimRow(stored.id(), claim.patientId(), patientNames.getOrDefault(claim.patientId(),
                "patient " + claim.patientId()), claim.payerId(), claim.dateOfService(), claim.status(),
                claim.patientControlNumber(), claim.totalCharge());
    }

    public String statusId() {
        return status.id();
    }
}

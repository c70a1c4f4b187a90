package dev.cleanclaim.store;

import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.referral.Referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A stored claim with everything scrubbing its visit again needs: the visit's contract JSON, the patient as stored
 * now, the patient's referrals and the findings the claim was stored with.
 *
 * @param ruleDataVersion the rule data the claim was last scrubbed with
 * @param referrals       the patient's referrals, newest first
 */
public record AuditClaim(long claimId, long visitId, String payerId, LocalDate dateOfService, ClaimStatus status,
                         String controlNumber, String ruleDataVersion, List<Finding> findings, String visitBody,
                         Stored<PatientRecord> patient, List<Stored<Referral>> referrals) {
    public AuditClaim {
        Objects.requireNonNull(payerId, "payerId");
        Objects.requireNonNull(visitBody, "visitBody");
        Objects.requireNonNull(patient, "patient");
        findings = List.copyOf(findings);
        referrals = List.copyOf(referrals);
    }
}

package dev.cleanclaim.core.submission;

import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.practice.PayerAccount;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.practice.ReferringProvider;
import dev.cleanclaim.core.practice.RenderingProvider;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one claim document needs, gathered and checked once: the scrubbed claim, who bills, who rendered,
 * who referred, the patient and the payer. The 837P, CMS-1500, superbill and FHIR writers all read this.
 *
 * @param payerPack            the visit's payer pack: claims are grouped by its id; SBR09 comes from it
 * @param patientControlNumber the practice's number for this claim (CLM01; the 835 quotes it back in CLP01)
 * @param payer                how the practice reaches the payer; empty for self-pay papers (superbill, receipt)
 * @param referring            present when a referral is on file; required when the payer wants one
 */
public record ClaimPacket(ClaimDraft claim, Practice practice, Payer payerPack, Optional<PayerAccount> payer, Patient patient,
                          RenderingProvider rendering, Optional<ReferringProvider> referring,
                          String patientControlNumber, String placeOfService, List<PacketLine> lines) {
    public ClaimPacket {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(payerPack, "payerPack");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(rendering, "rendering");
        Objects.requireNonNull(referring, "referring");
        Objects.requireNonNull(patientControlNumber, "patientControlNumber");
        Objects.requireNonNull(placeOfService, "placeOfService");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a claim packet needs at least one line");
        }
    }

    public LocalDate dateOfService() {
        return claim.dateOfService();
    }

    public Money totalCharge() {
        return claim.totalCharge();
    }
}

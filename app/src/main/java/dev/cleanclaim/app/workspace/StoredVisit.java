package dev.cleanclaim.app.workspace;

import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.referral.Referral;
import dev.cleanclaim.core.visit.Visit;
import dev.cleanclaim.store.Stored;
import dev.cleanclaim.store.VisitRecord;

import java.util.Optional;

/**
 * A stored visit read back as the engine sees it: the visit contract as entered, the patient as the workspace
 * keeps them, the referral that applies on its date, and the claim the scrubber made of it.
 */
public record StoredVisit(Stored<VisitRecord> record, Visit visit, Optional<Stored<Referral>> referral, ClaimDraft claim) {

    public long id() {
        return record.id();
    }

    public Patient patient() {
        return visit.patient().orElseThrow();
    }
}

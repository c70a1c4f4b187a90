package dev.cleanclaim.app.workspace;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.store.AuditClaim;

import java.util.OptionalLong;

/**
 * Scrubs stored claims' visits again under one reading of the practice's terms. The claim brings its visit, patient
 * and referrals along, so nothing is read per claim (but the Medicare therapy so far, for the payers it counts for).
 * It keeps no state between claims: threads may share it.
 */
public final class Rescrubber {

    private final VisitScrubber scrubber;
    private final PracticeTerms.Current terms;

    Rescrubber(VisitScrubber scrubber, PracticeTerms.Current terms) {
        this.scrubber = scrubber;
        this.terms = terms;
    }

    /** The claim the visit would make today, or why today's rule data cannot read it (rather than failing the rest). */
    public Rescrub rescrub(AuditClaim claim) {
        try {
            return new Rescrub.Scrubbed(claim.visitId(), scrubber.scrub("visit " + claim.visitId(), claim.visitBody(),
                    claim.patient(), claim.referrals(), OptionalLong.of(claim.visitId()), terms).claim());
        } catch (InputException unreadable) {
            return new Rescrub.Unreadable(claim.visitId(), unreadable.problems());
        }
    }
}

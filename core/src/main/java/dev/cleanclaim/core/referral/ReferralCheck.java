package dev.cleanclaim.core.referral;

import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.claim.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a visit against the referral on file before it is billed. The scrubber sees one visit; only the
 * workspace knows the referral and how many of its visits were already billed, so it asks this check and adds
 * the finding to the claim.
 */
public final class ReferralCheck {

    public static final String RULE = "referral.standing";
    static final String SOURCE = "The referral on file: its dates and the visits it authorizes (payer referral and"
            + " authorization terms; RULES §7: referral or prescription on file where the payer requires it)";

    private ReferralCheck() {
    }

    /** The claim with a warning added when the referral does not cover its date or has no visits left. */
    public static ClaimDraft apply(ClaimDraft claim, Optional<Referral> referral) {
        if (referral.isEmpty()) {
            return claim;
        }
        ReferralStanding standing = referral.get().standingOn(claim.dateOfService());
        if (standing instanceof ReferralStanding.Valid) {
            return claim;
        }
        List<Finding> findings = new ArrayList<>(claim.findings());
        findings.add(new Finding(RULE, Severity.WARNING, List.of(), "The referral from "
                + referral.get().referrer().firstName() + " " + referral.get().referrer().lastName()
                + " does not cover this visit: " + standing.problem() + ".", SOURCE, Optional.of(fix(standing))));
        return new ClaimDraft(claim.dateOfService(), claim.payerId(), claim.unitMethod(), claim.totalTimedMinutes(),
                claim.totalTimedUnits(), claim.diagnoses(), claim.lines(), findings, claim.ruleDataVersion());
    }

    private static String fix(ReferralStanding standing) {
        if (standing instanceof ReferralStanding.UsedUp) {
            return "Record the payer's authorization for more visits on the patient's referral, then scrub again.";
        }
        if (standing instanceof ReferralStanding.NotYetValid) {
            return "Check the date of service, or record the referral that covered this date.";
        }
        return "Record the physician's new referral on the patient, then scrub again.";
    }
}

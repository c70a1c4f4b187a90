package dev.cleanclaim.core.referral;

import dev.cleanclaim.core.practice.ReferringProvider;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A physician's referral on file for a patient: who referred, from when to when, and how many visits the payer
 * authorized and how many are used.
 */
public record Referral(ReferringProvider referrer, LocalDate validFrom, LocalDate validThrough, int visitsAuthorized,
                       int visitsUsed) {
    public Referral {
        Objects.requireNonNull(referrer, "referrer");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validThrough, "validThrough");
        if (validThrough.isBefore(validFrom)) {
            throw new IllegalArgumentException("a referral cannot end (" + validThrough + ") before it starts (" + validFrom + ")");
        }
        if (visitsAuthorized < 1 || visitsUsed < 0) {
            throw new IllegalArgumentException("a referral authorizes at least one visit and has used none or more");
        }
    }

    /** Whether a visit on this date can be billed under the referral, and if not, why not. */
    public ReferralStanding standingOn(LocalDate dateOfService) {
        if (dateOfService.isBefore(validFrom)) {
            return new ReferralStanding.NotYetValid(validFrom);
        }
        if (dateOfService.isAfter(validThrough)) {
            return new ReferralStanding.Expired(validThrough);
        }
        if (visitsUsed >= visitsAuthorized) {
            return new ReferralStanding.UsedUp(visitsAuthorized);
        }
        return new ReferralStanding.Valid(visitsAuthorized - visitsUsed);
    }
}

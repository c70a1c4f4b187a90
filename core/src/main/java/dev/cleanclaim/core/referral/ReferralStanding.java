package dev.cleanclaim.core.referral;

import java.time.LocalDate;

/** What a referral allows on one date: a visit is covered by it, or the reason it is not. */
public sealed interface ReferralStanding {

    /** A sentence a biller acts on, or empty when the referral covers the visit. */
    String problem();

    record Valid(int visitsLeft) implements ReferralStanding {
        @Override
        public String problem() {
            return "";
        }
    }

    record Expired(LocalDate validThrough) implements ReferralStanding {
        @Override
        public String problem() {
            return "the referral ended on " + validThrough + "; ask the physician for a new one before billing";
        }
    }

    record NotYetValid(LocalDate validFrom) implements ReferralStanding {
        @Override
        public String problem() {
            return "the referral starts on " + validFrom + ", after this visit";
        }
    }

    record UsedUp(int visitsAuthorized) implements ReferralStanding {
        @Override
        public String problem() {
            return "all " + visitsAuthorized + " authorized visits are used; ask the payer for more visits before billing";
        }
    }
}

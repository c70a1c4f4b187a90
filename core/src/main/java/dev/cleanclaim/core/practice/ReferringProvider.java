package dev.cleanclaim.core.practice;

import java.util.Objects;
import java.util.Optional;

/**
 * The physician who referred or prescribed the treatment (837P loop 2310A; CMS-1500 boxes 17 and 17b).
 * Payers that want a referral before they pay for massage look for this provider on the claim.
 *
 * @param referralNumber the payer's referral or authorization number, when it issued one (837P REF*9F)
 */
public record ReferringProvider(String firstName, String lastName, String npi, Optional<String> referralNumber) {
    public ReferringProvider {
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(npi, "npi");
        Objects.requireNonNull(referralNumber, "referralNumber");
    }
}

package dev.cleanclaim.core.payer;

import dev.cleanclaim.core.practice.PayerAccount;

import java.util.Objects;
import java.util.Optional;

/**
 * One payer of the starter directory cleanclaim ships: a real insurer whose electronic payer id could be sourced
 * (each Medicare Part B contractor by state, the TRICARE regions, a few national insurers), or a plan known by a policy
 * it published but not by name (the Blue Cross plan with the massage and manual therapy exclusion), whose payer id the
 * practice enters from its own plan. A practice copies the ones it bills into its own payer directory; the starter
 * directory itself is never billed.
 *
 * @param id                   the directory id a practice would bill it by, e.g. medicare-or
 * @param payerId              the electronic payer id (837P loop 2010BB NM109); empty when no source names it
 * @param pack                 the payer pack whose rules it follows
 * @param claimFilingIndicator the X12 claim filing indicator (837P SBR09), e.g. MB for Medicare Part B
 * @param region               the states or region it serves
 * @param source               where the payer id comes from
 */
public record StarterPayer(String id, String name, Optional<String> payerId, String pack, String claimFilingIndicator,
                           String region, String source) {

    public StarterPayer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(payerId, "payerId");
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(claimFilingIndicator, "claimFilingIndicator");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(source, "source");
    }

    /**
     * The entry as a practice's own payer account, with nothing the practice agreed yet; without a payer id of its
     * own the account's is blank, for the practice to fill in (a blank one is refused when saved).
     */
    public PayerAccount asAccount() {
        return new PayerAccount(pack, name, payerId.orElse(""), Optional.empty(), Optional.of(claimFilingIndicator),
                java.util.OptionalInt.empty(), Optional.empty(), Optional.empty(), java.util.Map.of(), Optional.of(source));
    }
}

package dev.cleanclaim.core.submission;

import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.core.visit.Visit;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who a claim names as rendering provider (837P 2310B, CMS-1500 24J) when the provider who treated the patient is
 * supervised. Medicare does not enroll PT and OT assistants, and most payers follow it, so an assistant's service is
 * always billed under the supervising PT or OT (the lines carry CQ or CO). A massage therapist employed by a
 * chiropractor or physician is billed under the employer only where the payer's pack says so: the pack's
 * modifier.employed rule marked the claim (U7 on the Blue Cross plan).
 */
final class Supervision {

    /** The rule whose finding says the payer bills an employed therapist's service under the employer. */
    static final String EMPLOYED_RULE = "modifier.employed";

    private static final Set<ProviderType> EMPLOYERS = ProviderType.LMT.supervisedBy();

    private final Practice practice;

    Supervision(Practice practice) {
        this.practice = practice;
    }

    /**
     * The provider the claim is billed under: the supervisor when the treating provider is billed under one, else the
     * treating provider. A supervisor that is needed but not on file is added to {@code missing}.
     */
    Optional<RenderingProvider> billedUnder(RenderingProvider treating, Visit visit, ClaimDraft claim,
                                            List<String> missing) {
        if (treating.type().isAssistant()) {
            // An assistant has one supervising type (ProviderType keeps who supervises whom): a PTA's PT, an OTA's OT.
            ProviderType therapist = treating.type().supervisedBy().iterator().next();
            return supervisor(treating, Set.of(therapist), therapist, missing);
        }
        if (billedByEmployer(claim)) {
            ProviderType named = visit.provider().employedBy().filter(EMPLOYERS::contains).orElse(ProviderType.DC);
            return supervisor(treating, EMPLOYERS, named, missing);
        }
        return Optional.of(treating);
    }

    /** The pack's modifier.employed rule fired: this payer has the employed therapist's service billed by the employer. */
    private static boolean billedByEmployer(ClaimDraft claim) {
        return claim.findings().stream().anyMatch(finding -> finding.rule().equals(EMPLOYED_RULE));
    }

    private Optional<RenderingProvider> supervisor(RenderingProvider treating, Set<ProviderType> allowed,
                                                   ProviderType expected, List<String> missing) {
        String who = "provider " + treating.fullName() + " (" + treating.type() + ")";
        String where = ": set one on the Providers page (/admin/providers) or `supervisor` in the practice file";
        if (treating.supervisorNpi().isEmpty()) {
            missing.add(who + " has no supervising " + expected + where);
            return Optional.empty();
        }
        String npi = treating.supervisorNpi().get();
        Optional<RenderingProvider> supervisor = practice.provider(npi);
        if (supervisor.isEmpty()) {
            missing.add(who + " names supervising " + expected + " NPI " + npi + ", who is not among the practice's"
                    + " providers" + where);
            return Optional.empty();
        }
        if (!allowed.contains(supervisor.get().type())) {
            missing.add(who + " is supervised by " + supervisor.get().fullName() + " (" + supervisor.get().type()
                    + "), but is billed under a supervising " + expected + where);
            return Optional.empty();
        }
        if (!supervisor.get().active()) {
            // A supervisor who has left cannot be named on a new claim: the payer would pay under someone not there.
            missing.add(who + " is supervised by " + supervisor.get().fullName() + ", who is no longer active; name an"
                    + " active supervising " + expected + where);
            return Optional.empty();
        }
        return supervisor;
    }
}

package dev.cleanclaim.app.reports;

import dev.cleanclaim.core.lifecycle.ClaimStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The period's claims scrubbed again with the rules in force now: the ones that would fail today, each with the
 * errors found and whether the claim as stored already carried them.
 *
 * @param rulesVersion the rule data the claims were scrubbed with now
 * @param checked      how many claims were scrubbed again
 */
public record RescrubAudit(Period period, String rulesVersion, int checked, List<FailingClaim> failing) {

    /** The rule id given to a visit that today's rule data cannot read at all. */
    public static final String UNREADABLE = "visit.unreadable";

    public RescrubAudit {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(rulesVersion, "rulesVersion");
        failing = List.copyOf(failing);
    }

    /** @param scrubbedWith the rule data version the claim was stored with */
    public record FailingClaim(long claimId, String controlNumber, String payerId, String payerName,
                               LocalDate dateOfService, ClaimStatus status, String scrubbedWith,
                               List<AuditFinding> findings) {
        public FailingClaim {
            findings = List.copyOf(findings);
        }

        /** Whether any error is one the stored claim did not have: today's rules fail it where they did not. */
        public boolean failsOnlyNow() {
            return findings.stream().anyMatch(finding -> !finding.alreadyStored());
        }
    }

    /**
     * @param codes         the procedure codes the error concerns; empty for the claim as a whole
     * @param alreadyStored whether the stored claim already had this error (same rule, same codes)
     */
    public record AuditFinding(String ruleId, List<String> codes, String message, boolean alreadyStored) {
        public AuditFinding {
            codes = List.copyOf(codes);
        }
    }

    /** How many of the claims that fail today did not fail when they were stored. */
    public long newlyFailing() {
        return failing.stream().filter(FailingClaim::failsOnlyNow).count();
    }
}

package dev.cleanclaim.app.reports;

import dev.cleanclaim.core.lifecycle.ClaimStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The period's claims scrubbed again with the rules in force now, counted: how many would fail today, how many only
 * under today's rules, per rule the errors found, and the first few failing claims as examples, each with the errors
 * found and whether the claim as stored already carried them. Only the examples are kept claim by claim, so an audit
 * of a million claims stays small.
 *
 * @param rulesVersion the rule data the claims were scrubbed with now
 * @param checked      how many claims were scrubbed again
 * @param failingCount how many claims would fail today
 * @param newlyFailing how many of those did not fail when they were stored (an error the stored claim lacked)
 * @param unreadable   how many claims' visits today's rule data cannot read at all
 * @param byRule       per rule, in rule order, the errors found today
 * @param failing      the first {@link #EXAMPLES} claims that would fail today, in date of service and claim order
 */
public record RescrubAudit(Period period, String rulesVersion, long checked, long failingCount, long newlyFailing,
                           long unreadable, List<RuleCount> byRule, List<FailingClaim> failing) {

    /** The rule id given to a visit that today's rule data cannot read at all. */
    public static final String UNREADABLE = "visit.unreadable";

    /** How many failing claims are kept as examples: enough to act on, few enough for a page and memory. */
    public static final int EXAMPLES = 200;

    public RescrubAudit {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(rulesVersion, "rulesVersion");
        byRule = List.copyOf(byRule);
        failing = List.copyOf(failing);
    }

    /** Whether more claims fail than are listed as examples. */
    public boolean examplesCut() {
        return failingCount > failing.size();
    }

    /**
     * @param alreadyStored  errors of this rule the stored claims already had
     * @param newNow         errors of this rule only today's rules find
     * @param claimsNewlyFailing claims with at least one error of this rule the stored claim did not have
     */
    public record RuleCount(String ruleId, long alreadyStored, long newNow, long claimsNewlyFailing) {
        public RuleCount {
            Objects.requireNonNull(ruleId, "ruleId");
        }
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
}

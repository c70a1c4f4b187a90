package dev.cleanclaim.core.remit;

import dev.cleanclaim.core.claim.Finding;

import java.util.List;

/**
 * What cleanclaim's own rules said about a claim the payer then denied: the gap a denial reveals.
 */
public sealed interface RuleVerdict {

    /** The verdict's name as pages, the API and reports show it: flagged, missed, not-in-pack or no-claim. */
    String id();

    /** The scrub warned before the claim went out; the claim was sent anyway. */
    record Flagged(List<Finding> findings) implements RuleVerdict {
        public Flagged {
            findings = List.copyOf(findings);
        }

        @Override
        public String id() {
            return "flagged";
        }
    }

    /** The payer's pack applies the rule, yet it found nothing: the rule data may be missing the case. */
    record Missed() implements RuleVerdict {
        @Override
        public String id() {
            return "missed";
        }
    }

    /** The payer's pack does not apply the rule at all: adding it to the pack would have caught the denial. */
    record NotInPack(List<String> ruleIds) implements RuleVerdict {
        public NotInPack {
            ruleIds = List.copyOf(ruleIds);
        }

        @Override
        public String id() {
            return "not-in-pack";
        }
    }

    /** The payment is posted to none of our claims yet, so there is no scrub to compare with. */
    record NoClaim() implements RuleVerdict {
        @Override
        public String id() {
            return "no-claim";
        }
    }
}

package dev.cleanclaim.app.reports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The re-scrub audit's running counts: one tally per page (filled by one thread), added in page order into the
 * report's, so the examples are the first failing claims whatever thread scrubbed them.
 */
final class AuditTally {

    private final int examples;
    private long checked;
    private long failing;
    private long newlyFailing;
    private long unreadable;
    private final Map<String, long[]> byRule = new TreeMap<>();
    private final List<RescrubAudit.FailingClaim> kept = new ArrayList<>();

    AuditTally(int examples) {
        this.examples = examples;
    }

    /** A claim scrubbed again that has no error today. */
    void passed() {
        checked++;
    }

    /** A claim scrubbed again that has errors today. */
    void add(RescrubAudit.FailingClaim claim) {
        if (claim.findings().isEmpty()) {
            throw new IllegalArgumentException("claim " + claim.claimId() + " has no error; it passed");
        }
        checked++;
        failing++;
        if (claim.failsOnlyNow()) {
            newlyFailing++;
        }
        Set<String> newRules = new HashSet<>();
        for (RescrubAudit.AuditFinding finding : claim.findings()) {
            if (finding.ruleId().equals(RescrubAudit.UNREADABLE)) {
                unreadable++;
            }
            long[] counts = byRule.computeIfAbsent(finding.ruleId(), rule -> new long[3]);
            counts[finding.alreadyStored() ? 0 : 1]++;
            if (!finding.alreadyStored() && newRules.add(finding.ruleId())) {
                counts[2]++;
            }
        }
        if (kept.size() < examples) {
            kept.add(claim);
        }
    }

    /** Adds a later page's tally: its examples come after this one's. */
    void add(AuditTally later) {
        checked += later.checked;
        failing += later.failing;
        newlyFailing += later.newlyFailing;
        unreadable += later.unreadable;
        later.byRule.forEach((rule, counts) -> {
            long[] sum = byRule.computeIfAbsent(rule, id -> new long[3]);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += counts[i];
            }
        });
        for (RescrubAudit.FailingClaim claim : later.kept) {
            if (kept.size() < examples) {
                kept.add(claim);
            }
        }
    }

    RescrubAudit audit(Period period, String rulesVersion) {
        List<RescrubAudit.RuleCount> rules = byRule.entrySet().stream().map(rule -> new RescrubAudit.RuleCount(
                rule.getKey(), rule.getValue()[0], rule.getValue()[1], rule.getValue()[2])).toList();
        return new RescrubAudit(period, rulesVersion, checked, failing, newlyFailing, unreadable, rules, kept);
    }
}

package dev.cleanclaim.core.scrub;

import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.FindingCollector;
import dev.cleanclaim.core.coding.VisitCoder;
import dev.cleanclaim.core.fees.AllowedAmounts;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.visit.Visit;

/**
 * The clean-claim engine: codes the visit, then runs every rule the payer's pack turns on that is in force on
 * the date of service, in pack order, and finishes the claim with the payer's modifier order and prices.
 * A pure function of the visit and the rule data.
 */
public final class Scrubber {

    private final RuleData rules;
    private final VisitCoder coder;

    public Scrubber(RuleData rules) {
        this.rules = rules;
        this.coder = new VisitCoder(rules);
    }

    public ClaimDraft scrub(Visit visit) {
        FindingCollector findings = new FindingCollector(rules.definitions());
        VisitCoder.CodedVisit coded = coder.codeLines(visit, findings);
        ScrubContext context = new ScrubContext(visit, rules, coded.lines(), findings);
        long day = visit.dateOfService().toEpochDay();
        for (ConfiguredRule rule : visit.payer().rules()) {
            if (rule.inForceOn(day)) {
                rule.rule().apply(context);
            }
        }
        for (var line : coded.lines()) {
            line.orderModifiers(visit.payer().modifierOrder());
        }
        if (visit.payer().medicareAllowed()) {
            AllowedAmounts.price(context, rules.medicareFees());
        }
        return VisitCoder.finish(visit, coded, findings, rules.version());
    }
}

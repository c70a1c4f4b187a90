package dev.cleanclaim.core.scrub;

import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.FindingCollector;
import dev.cleanclaim.core.coding.VisitCoder;
import dev.cleanclaim.core.fees.AllowedAmounts;
import dev.cleanclaim.core.fees.ContractedAmounts;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.therapy.TherapyYearToDate;
import dev.cleanclaim.core.visit.Visit;

import java.util.Optional;

/**
 * The clean-claim engine: codes the visit, then runs every rule the payer's pack turns on that is in force on
 * the date of service, in pack order, and finishes the claim with the payer's modifier order and prices (the
 * Medicare fee schedule where the pack uses it, the practice's contract with the payer where it has one).
 * A pure function of the visit, the rule data and, where the patient's claims are kept, the patient's therapy so far
 * in the year (for the Medicare therapy threshold).
 */
public final class Scrubber {

    private final RuleData rules;
    private final VisitCoder coder;

    public Scrubber(RuleData rules) {
        this.rules = rules;
        this.coder = new VisitCoder(rules);
    }

    /** Scrubs a visit on its own: the patient's other claims are unknown (the visit may document their therapy). */
    public ClaimDraft scrub(Visit visit) {
        return scrub(visit, Optional.empty());
    }

    /**
     * Scrubs a visit of a patient whose claims are on record.
     *
     * @param therapySoFar the patient's therapy in the visit's year before this visit
     * @throws IllegalArgumentException when {@code therapySoFar} is of another year than the visit
     */
    public ClaimDraft scrub(Visit visit, TherapyYearToDate therapySoFar) {
        if (therapySoFar.year() != visit.dateOfService().getYear()) {
            throw new IllegalArgumentException("therapy so far is for " + therapySoFar.year() + ", but the visit is on "
                    + visit.dateOfService());
        }
        return scrub(visit, Optional.of(therapySoFar));
    }

    private ClaimDraft scrub(Visit visit, Optional<TherapyYearToDate> therapySoFar) {
        FindingCollector findings = new FindingCollector(rules.definitions());
        VisitCoder.CodedVisit coded = coder.codeLines(visit, findings);
        ScrubContext context = new ScrubContext(visit, rules, coded.lines(), findings, therapySoFar);
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
        ContractedAmounts.price(context);
        return VisitCoder.finish(visit, coded, findings, rules.version());
    }
}

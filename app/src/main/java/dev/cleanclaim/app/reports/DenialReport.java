package dev.cleanclaim.app.reports;

import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.remit.DenialExplainer;
import dev.cleanclaim.core.remit.DenialExplanation;
import dev.cleanclaim.core.remit.RuleVerdict;
import dev.cleanclaim.core.payer.PayerLookup;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.PostedPayment;
import dev.cleanclaim.store.ReportStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Denial rates per payer (counted by the database) and the denial adjustments of the period explained one by one
 * with the same {@link DenialExplainer} the claim page uses, so the report and the claim never disagree.
 */
final class DenialReport {

    private final Database database;
    private final RuleData rules;
    private final PayerLookup payers;
    private final DenialExplainer explainer;
    private final Function<String, String> payerNames;

    DenialReport(Database database, RuleData rules, PayerLookup payers, Function<String, String> payerNames) {
        this.payers = payers;
        this.database = database;
        this.rules = rules;
        this.explainer = new DenialExplainer(rules.remittance());
        this.payerNames = payerNames;
    }

    Denials of(Period period) {
        List<String> routine = DenialExplainer.routineAdjustments();
        List<Denials.PayerRate> rates = database.reports().denialCounts(period.from(), period.through(), routine).stream()
                .map(row -> new Denials.PayerRate(row.payerId(), payerNames.apply(row.payerId()), row.adjudicated(),
                        row.denied()))
                .toList();
        Denials.PayerRate total = new Denials.PayerRate("", "All payers",
                rates.stream().mapToLong(Denials.PayerRate::adjudicated).sum(),
                rates.stream().mapToLong(Denials.PayerRate::denied).sum());
        Map<List<String>, Denials.RuleDenials> byRule = new TreeMap<>(DenialReport::compareKeys);
        Map<List<String>, Denials.UntracedDenials> untraced = new TreeMap<>(DenialReport::compareKeys);
        for (ReportStore.PeriodClaim claim : database.reports().claimsWithDenialAdjustments(period.from(),
                period.through(), routine)) {
            for (DenialExplanation denial : explain(claim)) {
                count(claim.payerId(), denial, byRule, untraced);
            }
        }
        return new Denials(period, rates, total, new ArrayList<>(byRule.values()), new ArrayList<>(untraced.values()));
    }

    /** The claim's denials held against what its scrub found, for the pack of its payer. */
    private List<DenialExplanation> explain(ReportStore.PeriodClaim claim) {
        List<Finding> findings = claim.findings();
        Optional<Payer> payer = payers.find(claim.payerId());
        List<DenialExplanation> explained = new ArrayList<>();
        for (PostedPayment posted : database.remittances().forClaim(claim.claimId())) {
            explained.addAll(payer.map(pack -> explainer.explain(posted.payment(), findings, pack))
                    .orElseGet(() -> explainer.explainUnposted(posted.payment())));
        }
        return explained;
    }

    private void count(String payerId, DenialExplanation denial, Map<List<String>, Denials.RuleDenials> byRule,
                       Map<List<String>, Denials.UntracedDenials> untraced) {
        String name = payerNames.apply(payerId);
        if (denial.trace().isEmpty()) {
            String code = denial.adjustment().code();
            untraced.merge(List.of(payerId, code),
                    new Denials.UntracedDenials(payerId, name, code, denial.meaning(), Tally.ZERO.plus(denial.adjustment().amount())),
                    (was, more) -> new Denials.UntracedDenials(payerId, name, code, was.meaning(), was.tally().plus(more.tally())));
            return;
        }
        DenialExplanation.Trace trace = denial.trace().get();
        for (String ruleId : trace.ruleIds()) {
            Denials.RuleDenials was = byRule.getOrDefault(List.of(payerId, ruleId),
                    new Denials.RuleDenials(payerId, name, ruleId, Tally.ZERO, Tally.ZERO, Tally.ZERO));
            byRule.put(List.of(payerId, ruleId), add(was, trace.verdict(), denial));
        }
    }

    private static Denials.RuleDenials add(Denials.RuleDenials was, RuleVerdict verdict, DenialExplanation denial) {
        var amount = denial.adjustment().amount();
        if (verdict instanceof RuleVerdict.Flagged) {
            return new Denials.RuleDenials(was.payerId(), was.payerName(), was.ruleId(), was.warned().plus(amount),
                    was.missed(), was.notInPack());
        }
        if (verdict instanceof RuleVerdict.Missed) {
            return new Denials.RuleDenials(was.payerId(), was.payerName(), was.ruleId(), was.warned(),
                    was.missed().plus(amount), was.notInPack());
        }
        // NotInPack, or NoClaim: the payer has no pack in today's rule data, so no pack runs the rule either.
        return new Denials.RuleDenials(was.payerId(), was.payerName(), was.ruleId(), was.warned(), was.missed(),
                was.notInPack().plus(amount));
    }

    private static int compareKeys(List<String> left, List<String> right) {
        int payer = left.get(0).compareTo(right.get(0));
        return payer != 0 ? payer : left.get(1).compareTo(right.get(1));
    }
}

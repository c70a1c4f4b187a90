package dev.cleanclaim.core.remit;

import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.rulebook.StandardRules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Explains the adjustments of a claim payment that cost the practice money: the denials and reductions other than
 * the everyday contractual write-off (CO-45) and what the patient owes (deductible, coinsurance, copay).
 */
public final class DenialExplainer {

    /** Adjustments that are a normal part of getting paid, not a problem to work. */
    private static final List<String> ROUTINE = List.of("CO-45", "PR-1", "PR-2", "PR-3", "CO-253", "OA-23");

    private final RemittanceCodes codes;

    public DenialExplainer(RemittanceCodes codes) {
        this.codes = codes;
    }

    /**
     * @param findings what the scrub found on the claim as it was sent
     * @param payer    the payer pack the claim was scrubbed for, to tell a missed case from a rule the pack lacks
     */
    public List<DenialExplanation> explain(ClaimPayment payment, List<Finding> findings, Payer payer) {
        return explain(payment, findings, Optional.of(payer));
    }

    /** A payment that waits in the queue: its codes explained and traced, with no claim to hold the rules against. */
    public List<DenialExplanation> explainUnposted(ClaimPayment payment) {
        return explain(payment, List.of(), Optional.empty());
    }

    private List<DenialExplanation> explain(ClaimPayment payment, List<Finding> findings, Optional<Payer> payer) {
        List<DenialExplanation> explained = new ArrayList<>();
        for (Adjustment adjustment : payment.adjustments()) {
            if (isProblem(adjustment)) {
                explained.add(explain(adjustment, Optional.empty(), payment.remarks(), findings, payer));
            }
        }
        for (ServicePayment line : payment.lines()) {
            List<String> remarks = Stream.concat(line.remarks().stream(), payment.remarks().stream()).distinct().toList();
            for (Adjustment adjustment : line.adjustments()) {
                if (isProblem(adjustment)) {
                    explained.add(explain(adjustment, Optional.of(line.procedureCode()), remarks, findings, payer));
                }
            }
        }
        return explained;
    }

    /**
     * The adjustments ("CO-45") that are routine, for a report that counts denials in the database: any other
     * adjustment above zero is a denial there as here.
     */
    public static List<String> routineAdjustments() {
        return ROUTINE;
    }

    /** A routine write-off or patient share is not a denial; a reversal's negative amounts are not either. */
    public static boolean isProblem(Adjustment adjustment) {
        return adjustment.amount().cents() > 0 && !ROUTINE.contains(adjustment.code());
    }

    private DenialExplanation explain(Adjustment adjustment, Optional<String> procedureCode, List<String> remarks,
                                      List<Finding> findings, Optional<Payer> payer) {
        List<DenialExplanation.Remark> meanings = remarks.stream()
                .map(code -> new DenialExplanation.Remark(code, codes.remark(code).map(ReasonCode::meaning))).toList();
        Optional<DenialExplanation.Trace> trace = codes.trace(adjustment, remarks)
                .map(found -> new DenialExplanation.Trace(found.ruleIds(), found.why(),
                        payer.map(pack -> verdict(found.ruleIds(), procedureCode, findings, pack))
                                .orElseGet(RuleVerdict.NoClaim::new)));
        return new DenialExplanation(adjustment, procedureCode, codes.reason(adjustment.reason()), meanings, trace);
    }

    private static RuleVerdict verdict(List<String> ruleIds, Optional<String> procedureCode, List<Finding> findings,
                                       Payer payer) {
        List<Finding> flagged = findings.stream()
                .filter(finding -> ruleIds.contains(finding.rule()))
                .filter(finding -> procedureCode.isEmpty() || finding.codes().isEmpty()
                        || finding.codes().contains(procedureCode.get()))
                .toList();
        if (!flagged.isEmpty()) {
            return new RuleVerdict.Flagged(flagged);
        }
        // A rule no pack can turn on (code, unit and claim checks) runs on every scrub, so it is never missing from one.
        if (ruleIds.stream().noneMatch(payer::applies) && ruleIds.stream().allMatch(StandardRules::knows)) {
            return new RuleVerdict.NotInPack(ruleIds);
        }
        return new RuleVerdict.Missed();
    }
}

package dev.cleanclaim.app.web.page;

import java.util.List;

/**
 * One claim payment of a remittance as a biller reads it: what the payer decided, paid and left to the patient, each
 * line with its adjustments in words, every denial with the rule that should have caught it, and each line the payer
 * allowed less than the practice's contract for ({@code underpaid}, one sentence a line).
 *
 * @param claimLink the claim it was posted to, or null while it waits in the queue
 * @param waiting    why it waits in the queue, or null when posted
 * @param reversal   who reversed it, when and why, or null
 * @param override   why a biller posted it by hand over differences from the claim, or null
 * @param reversible posted and not reversed: staff may take it back
 */
public record PaymentView(long id, String paymentDate, String payer, String trace, long remittanceId, String controlNumber,
                          String patientName, String status, String charge, String paid, String patientOwes,
                          String payerClaimNumber, String claimLink, String waiting, List<AdjustmentView> claimAdjustments,
                          List<RemarkView> remarks, List<LineView> lines, List<DenialView> denials, List<String> underpaid,
                          String reversal, String override, boolean reversible) {

    public PaymentView {
        claimAdjustments = List.copyOf(claimAdjustments);
        remarks = List.copyOf(remarks);
        lines = List.copyOf(lines);
        denials = List.copyOf(denials);
        underpaid = List.copyOf(underpaid);
    }

    public boolean queued() {
        return waiting != null;
    }

    /** @param ourLine "line 2" when it answers one of our lines, else "none of ours" */
    public record LineView(String ourLine, String code, String modifiers, String units, String charge, String allowed,
                           String paid, List<AdjustmentView> adjustments, List<RemarkView> remarks) {
        public LineView {
            adjustments = List.copyOf(adjustments);
            remarks = List.copyOf(remarks);
        }
    }

    public record AdjustmentView(String code, String group, String meaning, String amount, String quantity) {
    }

    public record RemarkView(String code, String meaning) {
    }

    /**
     * @param verdict     flagged, missed or not-in-pack, for styling; empty when no rule traces the denial
     * @param verdictText the verdict in words
     */
    public record DenialView(String code, String meaning, String procedureCode, String amount, List<RemarkView> remarks,
                             List<RuleView> rules, String why, String verdict, String verdictText) {
        public DenialView {
            remarks = List.copyOf(remarks);
            rules = List.copyOf(rules);
        }

        public boolean traced() {
            return !rules.isEmpty();
        }
    }

    public record RuleView(String id, String summary, String source) {
    }
}

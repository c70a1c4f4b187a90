package dev.cleanclaim.app.web.page;

import dev.cleanclaim.app.workspace.ClaimPayments;
import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.remit.Adjustment;
import dev.cleanclaim.core.remit.ClaimPayment;
import dev.cleanclaim.core.remit.DenialExplanation;
import dev.cleanclaim.core.remit.ReasonCode;
import dev.cleanclaim.core.remit.RemittanceCodes;
import dev.cleanclaim.core.remit.RuleVerdict;
import dev.cleanclaim.core.remit.ServicePayment;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.scrub.RuleDefinition;
import dev.cleanclaim.store.PostedPayment;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Turns posted payments and their explained denials into what the pages show, every code with its meaning. */
final class PaymentViews {

    private final RuleData rules;
    private final RemittanceCodes codes;

    PaymentViews(RuleData rules) {
        this.rules = rules;
        this.codes = rules.remittance();
    }

    PaymentView of(ClaimPayments.Explained explained) {
        List<String> underpaid = explained.underpayments().stream()
                .map(line -> "Line " + line.lineNumber() + " (" + line.code() + ") was allowed " + dollars(line.allowed())
                        + ", " + dollars(line.shortBy()) + " less than the contracted " + dollars(line.expected())
                        + ": ask the payer to reprocess it at the contract rate.")
                .toList();
        return of(explained.posted(), explained.denials(), underpaid);
    }

    PaymentView of(PostedPayment posted, List<DenialExplanation> denials) {
        return of(posted, denials, List.of());
    }

    private PaymentView of(PostedPayment posted, List<DenialExplanation> denials, List<String> underpaid) {
        ClaimPayment payment = posted.payment();
        List<PaymentView.LineView> lines = new ArrayList<>();
        for (int i = 0; i < payment.lines().size(); i++) {
            ServicePayment line = payment.lines().get(i);
            lines.add(new PaymentView.LineView(posted.lineNumbers().get(i).map(number -> "line " + number).orElse("none of ours"),
                    line.procedureCode(), String.join(" ", line.modifiers()),
                    line.units().map(units -> units.toPlainString()).orElse("1"), dollars(line.charge()),
                    line.allowed().map(PaymentViews::dollars).orElse(""), dollars(line.paid()),
                    adjustments(line.adjustments()), remarks(line.remarks())));
        }
        return new PaymentView(posted.id(), posted.paymentDate().toString(), posted.payerName(), posted.traceNumber(),
                posted.remittanceId(), payment.patientControlNumber(), payment.patientName().orElse(""),
                payment.status().meaning(), dollars(payment.charge()), dollars(payment.paid()),
                dollars(payment.patientResponsibility()), payment.payerClaimNumber().orElse(""),
                posted.claimId().map(id -> "/claims/" + id).orElse(null), posted.unmatchedReason().orElse(null),
                adjustments(payment.adjustments()), remarks(payment.remarks()), lines,
                denials.stream().map(this::denial).toList(), underpaid,
                posted.reversed().map(reversal -> "Reversed by " + reversal.by() + " on "
                        + reversal.at().toString().substring(0, 10) + ": " + reversal.reason()
                        + ". It counts for nothing on the claim.").orElse(null),
                posted.overrideReason().orElse(null), posted.counts());
    }

    private PaymentView.DenialView denial(DenialExplanation denial) {
        Adjustment adjustment = denial.adjustment();
        List<PaymentView.RuleView> traced = new ArrayList<>();
        String why = "";
        String verdict = "";
        String verdictText = "No cleanclaim rule checks for this; the remark codes say what the payer wants.";
        if (denial.trace().isPresent()) {
            DenialExplanation.Trace trace = denial.trace().get();
            for (String id : trace.ruleIds()) {
                RuleDefinition definition = rules.definitions().find(id).orElse(null);
                traced.add(new PaymentView.RuleView(id, definition == null ? "" : definition.summary(),
                        definition == null ? "" : definition.source()));
            }
            why = trace.why();
            RuleVerdict found = trace.verdict();
            verdict = found.id();
            if (found instanceof RuleVerdict.Flagged flagged) {
                verdictText = "cleanclaim warned before the claim went out: " + flagged.findings().stream()
                        .map(PaymentViews::finding).collect(Collectors.joining(" "));
            } else if (found instanceof RuleVerdict.NotInPack notInPack) {
                verdictText = "The payer pack does not apply " + String.join(" or ", notInPack.ruleIds())
                        + ": adding it would have caught this denial before the claim was sent.";
            } else if (found instanceof RuleVerdict.NoClaim) {
                verdictText = "Post the payment to its claim to see what cleanclaim's scrub said about it.";
            } else {
                verdictText = "The payer pack applies this rule, yet it found nothing on this claim: the rule data"
                        + " may lack this case. Check the rule against the payer's policy.";
            }
        }
        return new PaymentView.DenialView(adjustment.code(), denial.meaning(), denial.procedureCode().orElse("claim"),
                dollars(adjustment.amount()), denial.remarks().stream().map(remark -> new PaymentView.RemarkView(
                        remark.code(), remark.meaning().orElse("not in the RARC list"))).toList(),
                traced, why, verdict, verdictText);
    }

    private static String finding(Finding finding) {
        return finding.severity().id() + " " + finding.rule() + ": " + finding.message();
    }

    private List<PaymentView.AdjustmentView> adjustments(List<Adjustment> adjustments) {
        return adjustments.stream().map(adjustment -> new PaymentView.AdjustmentView(adjustment.code(),
                adjustment.group().meaning(), codes.reason(adjustment.reason()).map(ReasonCode::meaning)
                .orElse("not in the CARC list"), dollars(adjustment.amount()),
                adjustment.quantity().map(quantity -> quantity.toPlainString()).orElse(""))).toList();
    }

    private List<PaymentView.RemarkView> remarks(List<String> remarks) {
        return remarks.stream().map(code -> new PaymentView.RemarkView(code,
                codes.remark(code).map(ReasonCode::meaning).orElse("not in the RARC list"))).toList();
    }

    static String dollars(Money money) {
        return money.cents() < 0 ? "-$" + money.negate() : "$" + money;
    }
}

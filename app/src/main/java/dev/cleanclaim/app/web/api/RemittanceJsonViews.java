package dev.cleanclaim.app.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.workspace.ClaimPayments;
import dev.cleanclaim.app.workspace.RemittanceDetail;
import dev.cleanclaim.core.account.Charge;
import dev.cleanclaim.core.account.PatientAccount;
import dev.cleanclaim.core.account.PatientPayment;
import dev.cleanclaim.core.account.PaymentLedgerEntry;
import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.remit.Adjustment;
import dev.cleanclaim.core.remit.ClaimPayment;
import dev.cleanclaim.core.remit.DenialExplanation;
import dev.cleanclaim.core.remit.ProviderAdjustment;
import dev.cleanclaim.core.remit.RuleVerdict;
import dev.cleanclaim.core.remit.ServicePayment;
import dev.cleanclaim.store.PostedPayment;
import dev.cleanclaim.store.RemittanceSummary;

import java.util.List;

/**
 * Money coming back, as the API shows it: received remittances, each claim payment with its adjustments and lines,
 * the denials explained with the rule that should have caught them, and a patient's account. Amounts are decimal
 * strings ("58.80"), as everywhere in the API, so no client reads money as a floating-point number.
 */
final class RemittanceJsonViews {

    private RemittanceJsonViews() {
    }

    static ObjectNode summary(RemittanceSummary remittance) {
        return ApiJson.object().put("id", remittance.id()).put("payer", remittance.payerName())
                .put("payerId", remittance.payerId()).put("trace", remittance.traceNumber())
                .put("paymentDate", remittance.paymentDate().toString()).put("totalPaid", remittance.totalPaid().toString())
                .put("method", remittance.method()).put("payee", remittance.payeeName()).put("file", remittance.fileName())
                .put("receivedAt", remittance.receivedAt().toString()).put("receivedBy", remittance.receivedBy())
                .put("claims", remittance.claims()).put("unmatched", remittance.unmatched());
    }

    /** The remittance with every claim payment as posted or queued; a claim's denials are explained on its own route. */
    static ObjectNode detail(RemittanceDetail detail) {
        ObjectNode node = summary(detail.summary());
        ArrayNode payments = node.putArray("payments");
        detail.payments().forEach(payment -> payments.add(payment(payment, List.of())));
        ArrayNode providerAdjustments = node.putArray("providerAdjustments");
        for (ProviderAdjustment adjustment : detail.providerAdjustments()) {
            providerAdjustments.addObject().put("providerId", adjustment.providerId())
                    .put("fiscalPeriodEnd", adjustment.fiscalPeriodEnd().toString()).put("reason", adjustment.reason())
                    .put("reference", adjustment.reference().orElse(null)).put("amount", adjustment.amount().toString());
        }
        return node;
    }

    /** One claim payment as stored: where it was posted (or why it waits), what the payer decided, line by line. */
    static ObjectNode payment(PostedPayment posted, List<DenialExplanation> denials) {
        ClaimPayment payment = posted.payment();
        ObjectNode node = ApiJson.object().put("id", posted.id()).put("remittanceId", posted.remittanceId())
                .put("payer", posted.payerName()).put("trace", posted.traceNumber())
                .put("paymentDate", posted.paymentDate().toString())
                .put("claimId", posted.claimId().orElse(null)).put("unmatchedReason", posted.unmatchedReason().orElse(null))
                .put("controlNumber", payment.patientControlNumber()).put("status", payment.status().code())
                .put("statusText", payment.status().meaning()).put("charge", payment.charge().toString())
                .put("paid", payment.paid().toString())
                .put("patientResponsibility", payment.patientResponsibility().toString())
                .put("payerClaimNumber", payment.payerClaimNumber().orElse(null))
                .put("memberId", payment.memberId().orElse(null)).put("postedByHand", posted.postedByHand())
                .put("overrideReason", posted.overrideReason().orElse(null));
        posted.reversed().ifPresentOrElse(reversal -> node.putObject("reversed").put("at", reversal.at().toString())
                .put("by", reversal.by()).put("reason", reversal.reason()), () -> node.putNull("reversed"));
        node.set("adjustments", adjustments(payment.adjustments()));
        ArrayNode remarks = node.putArray("remarks");
        payment.remarks().forEach(remarks::add);
        ArrayNode lines = node.putArray("lines");
        for (int i = 0; i < payment.lines().size(); i++) {
            ServicePayment line = payment.lines().get(i);
            ObjectNode lineNode = lines.addObject().put("claimLine", posted.lineNumbers().get(i).orElse(null))
                    .put("code", line.procedureCode()).put("charge", line.charge().toString())
                    .put("paid", line.paid().toString()).put("allowed", line.allowed().map(Object::toString).orElse(null))
                    .put("units", line.units().map(units -> units.stripTrailingZeros().toPlainString()).orElse("1"))
                    .put("lineControlNumber", line.lineControlNumber().orElse(null));
            ArrayNode modifiers = lineNode.putArray("modifiers");
            line.modifiers().forEach(modifiers::add);
            lineNode.set("adjustments", adjustments(line.adjustments()));
            ArrayNode lineRemarks = lineNode.putArray("remarks");
            line.remarks().forEach(lineRemarks::add);
        }
        ArrayNode explained = node.putArray("denials");
        denials.forEach(denial -> explained.add(denial(denial)));
        return node;
    }

    /** What the payers did with one claim: the sums a balance is made of and every payment with its denials. */
    static ObjectNode claimPayments(long claimId, ClaimPayments payments) {
        ObjectNode node = ApiJson.object().put("claimId", claimId).put("paid", payments.paid().toString())
                .put("writtenOff", payments.writtenOff().toString())
                .put("patientResponsibility", payments.patientResponsibility().toString())
                .put("underpaid", !payments.underpayments().isEmpty());
        ArrayNode items = node.putArray("payments");
        for (ClaimPayments.Explained payment : payments.payments()) {
            ObjectNode item = payment(payment.posted(), payment.denials());
            item.put("underpaidFlag", !payment.underpayments().isEmpty());
            ArrayNode underpaid = item.putArray("underpaid");
            payment.underpayments().forEach(line -> underpaid.addObject().put("line", line.lineNumber())
                    .put("code", line.code()).put("contracted", line.expected().toString())
                    .put("allowed", line.allowed().toString()).put("shortBy", line.shortBy().toString()));
            items.add(item);
        }
        return node;
    }

    /**
     * A denial in words: the reason code's meaning, the remarks', and the rule that should have caught it with its
     * verdict: {@code flagged} (the scrub warned and the claim went anyway), {@code missed} (the pack applies the rule
     * yet it found nothing), {@code not-in-pack} (adding the rule to the payer pack would have caught it) or
     * {@code no-claim} (the payment is not posted to a claim yet).
     */
    static ObjectNode denial(DenialExplanation denial) {
        ObjectNode node = ApiJson.object().put("code", denial.adjustment().code()).put("meaning", denial.meaning())
                .put("amount", denial.adjustment().amount().toString()).put("line", denial.procedureCode().orElse(null));
        ArrayNode remarks = node.putArray("remarks");
        for (DenialExplanation.Remark remark : denial.remarks()) {
            remarks.addObject().put("code", remark.code()).put("meaning", remark.meaning().orElse(null));
        }
        if (denial.trace().isEmpty()) {
            node.putNull("trace");
            return node;
        }
        DenialExplanation.Trace trace = denial.trace().get();
        ObjectNode traceNode = node.putObject("trace").put("why", trace.why());
        ArrayNode rules = traceNode.putArray("rules");
        trace.ruleIds().forEach(rules::add);
        verdict(traceNode, trace.verdict());
        return node;
    }

    private static void verdict(ObjectNode trace, RuleVerdict verdict) {
        trace.put("verdict", verdict.id());
        ArrayNode findings = trace.putArray("findings");
        if (verdict instanceof RuleVerdict.Flagged flagged) {
            for (Finding finding : flagged.findings()) {
                findings.addObject().put("rule", finding.rule()).put("severity", finding.severity().id())
                        .put("message", finding.message());
            }
        }
    }

    static ObjectNode account(long patientId, PatientAccount account) {
        ObjectNode node = ApiJson.object().put("patientId", patientId).put("balance", account.balance().toString())
                .put("pendingWithInsurance", account.pendingWithInsurance().toString())
                .put("patientShare", account.patientShare().toString())
                .put("paidByPatient", account.paidByPatient().toString()).put("unapplied", account.unapplied().toString());
        ArrayNode charges = node.putArray("charges");
        for (int i = 0; i < account.charges().size(); i++) {
            Charge charge = account.charges().get(i);
            charges.addObject().put("claimId", charge.claimId()).put("dateOfService", charge.dateOfService().toString())
                    .put("controlNumber", charge.controlNumber()).put("services", charge.services())
                    .put("charge", charge.charge().toString()).put("insurancePaid", charge.insurancePaid().toString())
                    .put("writtenOff", charge.writtenOff().toString()).put("patientShare", charge.patientShare().toString())
                    .put("pending", charge.pending().toString()).put("settled", account.settled().get(i).toString());
        }
        ArrayNode payments = node.putArray("payments");
        for (PatientPayment payment : account.payments()) {
            payments.addObject().put("receivedOn", payment.receivedOn().toString()).put("amount", payment.amount().toString())
                    .put("method", payment.method().id()).put("reference", payment.reference().orElse(null));
        }
        return node;
    }

    /** The patient's payments as taken: each with its card's last four, its void (who, when, why) and its refunds. */
    static ObjectNode ledger(long patientId, List<PaymentLedgerEntry> ledger) {
        ObjectNode node = ApiJson.object().put("patientId", patientId);
        ArrayNode items = node.putArray("payments");
        for (PaymentLedgerEntry entry : ledger) {
            ObjectNode item = items.addObject().put("id", entry.id())
                    .put("receivedOn", entry.payment().receivedOn().toString())
                    .put("amount", entry.payment().amount().toString()).put("method", entry.payment().method().id())
                    .put("reference", entry.payment().reference().orElse(null))
                    .put("cardLastFour", entry.cardLastFour().orElse(null))
                    .put("refunded", entry.refunded().toString()).put("remaining", entry.remaining().toString());
            entry.voided().ifPresentOrElse(voided -> item.putObject("voided").put("at", voided.at().toString())
                    .put("by", voided.by()).put("reason", voided.reason()), () -> item.putNull("voided"));
            ArrayNode refunds = item.putArray("refunds");
            for (PaymentLedgerEntry.Refund refund : entry.refunds()) {
                refunds.addObject().put("id", refund.id()).put("refundedOn", refund.refundedOn().toString())
                        .put("amount", refund.amount().toString()).put("method", refund.method().id())
                        .put("reason", refund.reason()).put("by", refund.by());
            }
        }
        return node;
    }

    private static ArrayNode adjustments(List<Adjustment> adjustments) {
        ArrayNode node = ApiJson.array();
        for (Adjustment adjustment : adjustments) {
            node.addObject().put("group", adjustment.group().name()).put("reason", adjustment.reason())
                    .put("code", adjustment.code()).put("amount", adjustment.amount().toString())
                    .put("quantity", adjustment.quantity().map(quantity -> quantity.stripTrailingZeros().toPlainString())
                            .orElse(null));
        }
        return node;
    }
}

package dev.cleanclaim.x12;

import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.payer.ClaimFilingIndicator;
import dev.cleanclaim.core.remit.Adjustment;
import dev.cleanclaim.core.remit.AdjustmentGroup;
import dev.cleanclaim.core.submission.PriorPayer.LineAdjudication;
import dev.cleanclaim.core.submission.PriorPayer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a secondary claim tells its payer about the primary: loop 2320 (the primary's subscriber information, its
 * claim-level adjustments and payment) with 2330A (the primary's subscriber) and 2330B (the primary payer and its
 * claim number), and a 2430 loop under each line the primary adjudicated. The secondary payer pays from these
 * figures, so they are the primary's own, as its remittance gave them.
 */
final class PriorPayerLoops {

    /** A CAS segment holds six reason/amount/quantity triplets; more in one group continue in another CAS. */
    private static final int TRIPLETS_PER_CAS = 6;

    /** MOA03-MOA07: five remark codes. */
    private static final int MOA_REMARKS = 5;

    private final SegmentWriter out;
    private final PriorPayer prior;

    PriorPayerLoops(SegmentWriter out, PriorPayer prior) {
        this.out = out;
        this.prior = prior;
    }

    /** Loops 2320, 2330A and 2330B: after the claim's 2310 provider loops, before its first line. */
    void claim() {
        OtherPayerSegments.subscriberInformation(out, "P", prior.coverage(), "", prior.filingIndicator());
        adjustments(prior.claimAdjustments());
        out.segment("AMT", "D", X12Values.amount(prior.paid()));
        // The remaining patient liability goes at the claim level only when the primary gave no line detail;
        // otherwise each 2430 carries its own, and the guide forbids sending both.
        if (prior.lines().isEmpty()) {
            out.segment("AMT", "EAF", X12Values.amount(patientLiability(prior.claimAdjustments())));
        }
        OtherPayerSegments.otherInsurance(out);
        outpatientAdjudication();
        OtherPayerSegments.subscriberAndPayer(out, prior.coverage(), prior.payer());
        // The adjudication date goes here only when no 2430 loop carries it per line.
        if (prior.lines().isEmpty()) {
            out.segment("DTP", "573", "D8", X12Values.date(prior.adjudicated()));
        }
        out.segment("REF", "F8", X12Text.clean(prior.payerClaimNumber(), 50));
    }

    /**
     * MOA of loop 2320: when Medicare paid first, the remark codes its 835 gave the claim (MOA03-MOA07, at most five),
     * so the next payer reads why Medicare paid what it did. Other payers' remarks have no place here.
     */
    private void outpatientAdjudication() {
        if (!ClaimFilingIndicator.isMedicare(prior.filingIndicator()) || prior.remarks().isEmpty()) {
            return;
        }
        List<String> remarks = prior.remarks().subList(0, Math.min(MOA_REMARKS, prior.remarks().size()));
        Object[] elements = new Object[2 + remarks.size()];
        elements[0] = ""; // MOA01 reimbursement rate and MOA02 HCPCS payable amount: inpatient and ESRD facts
        elements[1] = "";
        for (int i = 0; i < remarks.size(); i++) {
            elements[2 + i] = X12Text.clean(remarks.get(i), 50);
        }
        out.segment("MOA", elements);
    }

    /** The 2430 loops of one line, after its 2400 segments: what the primary paid and adjusted on it. */
    void line(int lineNumber) {
        for (LineAdjudication line : prior.linesFor(lineNumber)) {
            String[] procedure = new String[6];
            procedure[0] = "HC";
            procedure[1] = line.procedureCode();
            for (int i = 0; i < Math.min(4, line.modifiers().size()); i++) {
                procedure[2 + i] = line.modifiers().get(i);
            }
            // SVD01 names the payer as 2330B's NM109 does, so the secondary knows whose adjudication this is.
            out.segment("SVD", prior.payer().electronicId(), X12Values.amount(line.paid()), procedure, "",
                    Integer.toString(line.unitsPaid()));
            adjustments(line.adjustments());
            out.segment("DTP", "573", "D8", X12Values.date(prior.adjudicated()));
            out.segment("AMT", "EAF", X12Values.amount(patientLiability(line.adjustments())));
        }
    }

    /**
     * CAS segments, one per group code in the order the primary gave them (more when a group has over six reasons).
     * Zero adjustments are left out: the guide's CAS carries only amounts that moved the payment.
     */
    private void adjustments(List<Adjustment> adjustments) {
        Map<AdjustmentGroup, List<Adjustment>> byGroup = new LinkedHashMap<>();
        for (Adjustment adjustment : adjustments) {
            if (adjustment.amount().cents() != 0) {
                byGroup.computeIfAbsent(adjustment.group(), group -> new ArrayList<>()).add(adjustment);
            }
        }
        byGroup.forEach((group, inGroup) -> {
            for (int start = 0; start < inGroup.size(); start += TRIPLETS_PER_CAS) {
                List<Adjustment> chunk = inGroup.subList(start, Math.min(inGroup.size(), start + TRIPLETS_PER_CAS));
                List<String> elements = new ArrayList<>();
                elements.add(group.name());
                for (Adjustment adjustment : chunk) {
                    elements.add(adjustment.reason());
                    elements.add(X12Values.amount(adjustment.amount()));
                    elements.add(adjustment.quantity().map(X12Values::decimal).orElse(""));
                }
                out.segment("CAS", elements.toArray());
            }
        });
    }

    /** What the primary left the patient to pay: its patient responsibility (PR) adjustments. */
    private static Money patientLiability(List<Adjustment> adjustments) {
        Money owed = Money.ZERO;
        for (Adjustment adjustment : adjustments) {
            if (adjustment.group() == AdjustmentGroup.PR) {
                owed = owed.plus(adjustment.amount());
            }
        }
        return owed;
    }
}

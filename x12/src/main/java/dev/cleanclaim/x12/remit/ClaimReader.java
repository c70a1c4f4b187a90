package dev.cleanclaim.x12.remit;

import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.remit.Adjustment;
import dev.cleanclaim.core.remit.ClaimPayment;
import dev.cleanclaim.core.remit.ClaimPaymentStatus;
import dev.cleanclaim.core.remit.ServicePayment;
import dev.cleanclaim.x12.read.Segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loop 2100, one claim: CLP, the claim-level segments before the first SVC (CAS, NM1*QC, MIA, MOA), then its
 * service lines. A CAS before any SVC adjusts the claim; after one, the line.
 */
final class ClaimReader {

    /** MIA05 and MIA20-MIA23 hold remark codes (RARC); the other MIA elements are inpatient amounts. */
    private static final int[] MIA_REMARKS = {5, 20, 21, 22, 23};
    /** MOA03-MOA07 hold remark codes. */
    private static final int[] MOA_REMARKS = {3, 4, 5, 6, 7};

    private final String patientControlNumber;
    private final ClaimPaymentStatus status;
    private final Money charge;
    private final Money paid;
    private final Money patientResponsibility;
    private final Optional<String> payerClaimNumber;
    private Optional<String> patientName = Optional.empty();
    private Optional<String> memberId = Optional.empty();
    private final List<Adjustment> adjustments = new ArrayList<>();
    private final List<String> remarks = new ArrayList<>();
    private final List<ServicePayment> lines = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private LineReader line;

    ClaimReader(Segment clp) {
        patientControlNumber = clp.required(1, "the patient control number");
        String code = clp.required(2, "the claim status code");
        status = ClaimPaymentStatus.parse(code)
                .orElseThrow(() -> clp.problem(2, "not a claim status code: \"" + code + "\""));
        charge = clp.amount(3);
        paid = clp.amount(4);
        patientResponsibility = clp.optionalAmount(5).orElse(Money.ZERO);
        payerClaimNumber = clp.optional(7);
    }

    void accept(Segment segment) {
        if (segment.tag().equals("SVC")) {
            closeLine();
            line = new LineReader(segment);
        } else if (line != null) {
            line.accept(segment);
        } else {
            claimLevel(segment);
        }
    }

    private void claimLevel(Segment segment) {
        switch (segment.tag()) {
            case "CAS" -> adjustments.addAll(Adjustments.of(segment));
            case "NM1" -> {
                if (segment.text(1).equals("QC")) {
                    patientName = Optional.of(name(segment));
                    // The patient's own id wins over the insured's: it is who the visit was for.
                    segment.optional(9).ifPresent(id -> memberId = Optional.of(id));
                } else if (segment.text(1).equals("IL") && memberId.isEmpty()) {
                    memberId = segment.optional(9);
                }
            }
            case "MOA" -> remarks(segment, MOA_REMARKS);
            case "MIA" -> remarks(segment, MIA_REMARKS);
            default -> {
                // NM1 of the corrected patient and providers, claim REF, DTM, PER, AMT, QTY: not kept
            }
        }
    }

    /** "LAST, FIRST", as billers look a patient up; only the last name when the payer sends no first name. */
    private static String name(Segment nm1) {
        String last = nm1.text(3);
        String first = nm1.text(4);
        return first.isEmpty() ? last : last + ", " + first;
    }

    private void remarks(Segment segment, int[] elements) {
        for (int element : elements) {
            segment.optional(element).ifPresent(remarks::add);
        }
    }

    private void closeLine() {
        if (line == null) {
            return;
        }
        ServicePayment payment = line.finish();
        lines.add(payment);
        line.billedAs().ifPresent(billed -> notes.add("line " + lines.size() + " was billed as " + billed
                + " and adjudicated as " + payment.procedureCode() + " (SVC06)"));
        line = null;
    }

    /** What the biller should know about this claim that the model does not hold, e.g. a procedure the payer recoded. */
    List<String> notes() {
        return List.copyOf(notes);
    }

    ClaimPayment finish() {
        closeLine();
        return new ClaimPayment(patientControlNumber, status, charge, paid, patientResponsibility, payerClaimNumber,
                patientName, adjustments, remarks, lines, memberId);
    }
}

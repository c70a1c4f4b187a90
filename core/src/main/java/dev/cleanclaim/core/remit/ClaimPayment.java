package dev.cleanclaim.core.remit;

import dev.cleanclaim.core.money.Money;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One CLP claim of a remittance (loop 2100): the patient control number our 837 sent in CLM01, how the payer
 * processed it, what it charged, paid and left to the patient, the payer's own claim number (needed for a
 * secondary claim and for any correction), claim-level adjustments and remarks, and the service lines.
 *
 * @param remarks  MOA/MIA remark codes at claim level (RARC)
 * @param memberId the patient's (or insured's) member id as the payer knows it (NM1*QC or NM1*IL, NM109), so a
 *                 payment posted by hand can be held against the claim's member id
 */
public record ClaimPayment(String patientControlNumber, ClaimPaymentStatus status, Money charge, Money paid,
                           Money patientResponsibility, Optional<String> payerClaimNumber,
                           Optional<String> patientName, List<Adjustment> adjustments, List<String> remarks,
                           List<ServicePayment> lines, Optional<String> memberId) {
    public ClaimPayment {
        Objects.requireNonNull(patientControlNumber, "patientControlNumber");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(patientResponsibility, "patientResponsibility");
        Objects.requireNonNull(payerClaimNumber, "payerClaimNumber");
        Objects.requireNonNull(patientName, "patientName");
        adjustments = List.copyOf(adjustments);
        remarks = List.copyOf(remarks);
        lines = List.copyOf(lines);
        Objects.requireNonNull(memberId, "memberId");
    }

    /** A payment whose member id the payer did not send (or nobody kept). */
    public ClaimPayment(String patientControlNumber, ClaimPaymentStatus status, Money charge, Money paid,
                        Money patientResponsibility, Optional<String> payerClaimNumber, Optional<String> patientName,
                        List<Adjustment> adjustments, List<String> remarks, List<ServicePayment> lines) {
        this(patientControlNumber, status, charge, paid, patientResponsibility, payerClaimNumber, patientName,
                adjustments, remarks, lines, Optional.empty());
    }

    /** Every adjustment on the claim and its lines. */
    public List<Adjustment> allAdjustments() {
        return java.util.stream.Stream.concat(adjustments.stream(),
                lines.stream().flatMap(line -> line.adjustments().stream())).toList();
    }
}

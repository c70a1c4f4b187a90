package dev.cleanclaim.core.submission;

import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.patient.MedicareSecondaryType;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.practice.PayerAccount;
import dev.cleanclaim.core.remit.Adjustment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the primary payer did with a claim, as a secondary claim must report it (837P loops 2320, 2330A, 2330B
 * and 2430): who the primary payer is and whom it covers, its claim number, what it paid, when, and every
 * adjustment it made, at claim level and per line.
 *
 * @param coverage          the patient under the primary coverage: member id, group, relationship, subscriber
 * @param filingIndicator   the primary's claim filing indicator (SBR09 of loop 2320), e.g. MB for Medicare Part B
 * @param payerClaimNumber  the primary's claim control number from its 835 (CLP07), sent as REF*F8 in 2330B
 * @param paid              what the primary paid on the claim (AMT*D in 2320)
 * @param adjudicated       the primary's payment date (DTP*573 in 2430)
 * @param claimAdjustments  claim-level CAS of the primary (2320 CAS)
 * @param lines             what the primary did with each line (2430); empty when it reported the claim as a whole
 * @param medicareSecondary why Medicare pays after this payer, when the claim goes to Medicare (SBR05 of loop
 *                          2000B); empty when not known, and the 837P then says "other liability insurance is
 *                          primary" (see {@code ClaimLoops})
 * @param remarks           the claim-level remark codes (RARC) of the primary's 835 (its MOA): a claim after Medicare
 *                          forwards them in loop 2320's MOA, as the next payer reads why Medicare paid what it did
 */
public record PriorPayer(PayerAccount payer, Patient coverage, String filingIndicator, String payerClaimNumber,
                         Money paid, LocalDate adjudicated, List<Adjustment> claimAdjustments,
                         List<LineAdjudication> lines, Optional<MedicareSecondaryType> medicareSecondary,
                         List<String> remarks) {
    public PriorPayer {
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(filingIndicator, "filingIndicator");
        Objects.requireNonNull(payerClaimNumber, "payerClaimNumber");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(adjudicated, "adjudicated");
        claimAdjustments = List.copyOf(claimAdjustments);
        lines = List.copyOf(lines);
        Objects.requireNonNull(medicareSecondary, "medicareSecondary");
        remarks = List.copyOf(remarks);
    }

    /** The prior payer's adjudication when the Medicare Secondary Payer type is not known (or Medicare is not billed). */
    public PriorPayer(PayerAccount payer, Patient coverage, String filingIndicator, String payerClaimNumber, Money paid,
                      LocalDate adjudicated, List<Adjustment> claimAdjustments, List<LineAdjudication> lines) {
        this(payer, coverage, filingIndicator, payerClaimNumber, paid, adjudicated, claimAdjustments, lines,
                Optional.empty(), List.of());
    }

    /** The same adjudication, with why Medicare pays second. */
    public PriorPayer withMedicareSecondary(MedicareSecondaryType type) {
        return new PriorPayer(payer, coverage, filingIndicator, payerClaimNumber, paid, adjudicated, claimAdjustments,
                lines, Optional.of(type), remarks);
    }

    /** The same adjudication, with the claim-level remark codes of the primary's 835. */
    public PriorPayer withRemarks(List<String> claimRemarks) {
        return new PriorPayer(payer, coverage, filingIndicator, payerClaimNumber, paid, adjudicated, claimAdjustments,
                lines, medicareSecondary, claimRemarks);
    }

    /** What the primary adjudicated on one of our lines; empty when it did not report that line. */
    public List<LineAdjudication> linesFor(int lineNumber) {
        return lines.stream().filter(line -> line.lineNumber() == lineNumber).toList();
    }

    /** What the primary paid and adjusted on one of our lines (2430 SVD, CAS, DTP*573). */
    public record LineAdjudication(int lineNumber, String procedureCode, List<String> modifiers, Money paid,
                                   int unitsPaid, List<Adjustment> adjustments) {
        public LineAdjudication {
            Objects.requireNonNull(procedureCode, "procedureCode");
            if (lineNumber < 1) {
                throw new IllegalArgumentException("line numbers start at 1, got " + lineNumber);
            }
            modifiers = List.copyOf(modifiers);
            Objects.requireNonNull(paid, "paid");
            adjustments = List.copyOf(adjustments);
        }
    }
}

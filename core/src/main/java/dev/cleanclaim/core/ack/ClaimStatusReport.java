package dev.cleanclaim.core.ack;

import dev.cleanclaim.core.money.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a 277CA says about one claim we sent (loop 2200D and its service lines, 2220D).
 *
 * @param patientControlNumber TRN02, our CLM01, which ties the report to the claim
 * @param payerClaimNumber     REF*1K, the payer's number for an accepted claim; quote it when calling the payer
 * @param clearinghouseTrace   REF*D9, the clearinghouse's trace number for the claim
 * @param charge               STC04, the total claim charge as the payer read it
 * @param serviceDate          DTP*472, the claim's (first) date of service
 * @param statuses             the claim's own STC composites, then any rejection from the billing provider or
 *                             information receiver level above, which rejects this claim too
 * @param outcome              rejected if any status (the claim's, a line's, or one from above) rejects; else accepted
 *                             if any accepts; else pending
 * @param source               who answered for this claim: the information source (loop 2100A) above it, as one file
 *                             may carry several payers' answers; empty when the file does not name one
 */
public record ClaimStatusReport(String patientControlNumber, Optional<String> payerClaimNumber,
                                Optional<String> clearinghouseTrace, Optional<Money> charge,
                                Optional<LocalDate> serviceDate, List<StatusDetail> statuses, List<LineStatus> lines,
                                ClaimAckOutcome outcome, String source) {

    public ClaimStatusReport {
        statuses = List.copyOf(statuses);
        lines = List.copyOf(lines);
        java.util.Objects.requireNonNull(source, "source");
    }

    /** A report whose file names no information source. */
    public ClaimStatusReport(String patientControlNumber, Optional<String> payerClaimNumber,
                             Optional<String> clearinghouseTrace, Optional<Money> charge,
                             Optional<LocalDate> serviceDate, List<StatusDetail> statuses, List<LineStatus> lines,
                             ClaimAckOutcome outcome) {
        this(patientControlNumber, payerClaimNumber, clearinghouseTrace, charge, serviceDate, statuses, lines, outcome, "");
    }

    /**
     * The statuses in words, for the biller's work list, e.g. {@code Rejected: A7 Acknowledgement/Rejected for Invalid
     * Information ...: 164 Entity's contract/member number (entity: Insured or subscriber)}. Lines with statuses of
     * their own follow, named by procedure code and line control number.
     */
    public String words() {
        List<String> parts = new ArrayList<>();
        statuses.forEach(status -> parts.add(status.words()));
        for (LineStatus line : lines) {
            line.statuses().forEach(status -> parts.add(line.name() + ": " + status.words()));
        }
        return outcome.words() + (parts.isEmpty() ? "" : ": " + String.join("; ", parts));
    }
}

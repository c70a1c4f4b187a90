package dev.cleanclaim.store;

import dev.cleanclaim.core.remit.ClaimPayment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A claim payment as stored: the remittance it came in, the claim it was posted to (empty while it waits in the
 * unmatched queue, with the reason), and for each service line the line of our claim it answers.
 *
 * @param lineNumbers    parallel to {@code payment.lines()}: our claim's line number, empty when the line matched none
 * @param postedByHand   a biller chose the claim (the queue), rather than the import matching it
 * @param overrideReason why a biller posted it although it differed from the claim
 * @param reversed       staff reversed it: it stays on the claim, counted for nothing
 */
public record PostedPayment(long id, long remittanceId, String payerName, String traceNumber, LocalDate paymentDate,
                            Optional<Long> claimId, Optional<String> unmatchedReason, ClaimPayment payment,
                            List<Optional<Integer>> lineNumbers, boolean postedByHand, Optional<String> overrideReason,
                            Optional<PaymentReversal> reversed) {
    public PostedPayment {
        Objects.requireNonNull(payerName, "payerName");
        Objects.requireNonNull(traceNumber, "traceNumber");
        Objects.requireNonNull(paymentDate, "paymentDate");
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(unmatchedReason, "unmatchedReason");
        Objects.requireNonNull(payment, "payment");
        lineNumbers = List.copyOf(lineNumbers);
        if (lineNumbers.size() != payment.lines().size()) {
            throw new IllegalArgumentException("one line number (or none) per service line");
        }
        Objects.requireNonNull(overrideReason, "overrideReason");
        Objects.requireNonNull(reversed, "reversed");
    }

    /** A payment the import posted (or that waits), never overridden nor reversed. */
    public PostedPayment(long id, long remittanceId, String payerName, String traceNumber, LocalDate paymentDate,
                         Optional<Long> claimId, Optional<String> unmatchedReason, ClaimPayment payment,
                         List<Optional<Integer>> lineNumbers) {
        this(id, remittanceId, payerName, traceNumber, paymentDate, claimId, unmatchedReason, payment, lineNumbers,
                false, Optional.empty(), Optional.empty());
    }

    /** Posted to a claim and not reversed: it counts in the claim's balance. */
    public boolean counts() {
        return claimId.isPresent() && reversed.isEmpty();
    }

    public boolean matched() {
        return claimId.isPresent();
    }
}

package dev.cleanclaim.store;

import dev.cleanclaim.core.money.Money;

import java.util.List;
import java.util.Objects;

/**
 * An interchange as written for a submission, and each claim's own copy of what it carried.
 *
 * @param usage ISA15: P for production, T for a test file
 */
public record SubmissionFile(String senderId, String receiverId, String usage, Money totalCharge, byte[] body,
                             List<ClaimCopy> claims) {
    public SubmissionFile {
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(receiverId, "receiverId");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(totalCharge, "totalCharge");
        Objects.requireNonNull(body, "body");
        claims = List.copyOf(claims);
    }

    /**
     * @param transactionControlNumber ST02 of the transaction set the claim went in
     * @param copy                     the claim alone in an interchange under the same control numbers
     */
    public record ClaimCopy(long claimId, String transactionControlNumber, byte[] copy) {
        public ClaimCopy {
            Objects.requireNonNull(transactionControlNumber, "transactionControlNumber");
            Objects.requireNonNull(copy, "copy");
        }
    }
}

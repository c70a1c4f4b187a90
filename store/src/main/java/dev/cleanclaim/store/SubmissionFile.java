package dev.cleanclaim.store;

import dev.cleanclaim.core.money.Money;

import java.util.List;
import java.util.Objects;

/**
 * An interchange as written for a submission, and each claim's own copy of what it carried.
 *
 * @param usage    ISA15: P for production, T for a test file
 * @param readBack what must hold before the file is kept, which may still be running while the rows are written
 */
public record SubmissionFile(String senderId, String receiverId, String usage, Money totalCharge, byte[] body,
                             List<ClaimCopy> claims, ReadBack readBack) {
    public SubmissionFile {
        Objects.requireNonNull(readBack, "readBack");
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(receiverId, "receiverId");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(totalCharge, "totalCharge");
        Objects.requireNonNull(body, "body");
        claims = List.copyOf(claims);
    }

    /** A file checked before it was handed over. */
    public SubmissionFile(String senderId, String receiverId, String usage, Money totalCharge, byte[] body,
                          List<ClaimCopy> claims) {
        this(senderId, receiverId, usage, totalCharge, body, claims, ReadBack.DONE);
    }

    /**
     * The writer reading its own file back. Reading 10,000 claims back takes seconds, so the writer may start it and
     * let the store write the submission's rows meanwhile; the store waits for it before it commits.
     */
    @FunctionalInterface
    public interface ReadBack {
        /** Nothing left to check. */
        ReadBack DONE = () -> {
        };

        /** Returns once the file passed; throws when it did not, which rolls the whole submission back. */
        void awaitPassed();
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

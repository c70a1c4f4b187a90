package dev.cleanclaim.store;

import dev.cleanclaim.core.money.Money;

import java.time.Instant;

/** A stored submission without its bytes: what a list of sent files shows. */
public record SubmissionSummary(long id, String senderId, String receiverId, int interchangeControlNumber, String usage,
                                int claimCount, Money totalCharge, String sha256, Instant createdAt, String createdBy) {

    /** ISA13 as the file writes it: nine digits. */
    public String controlNumber() {
        return String.format("%09d", interchangeControlNumber);
    }
}

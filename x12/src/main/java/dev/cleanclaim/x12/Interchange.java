package dev.cleanclaim.x12;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The envelope of one 837P file: who sends it to whom, its control number and when it was made. Golden tests fix
 * the control number and time so the same claims always give the same bytes.
 *
 * @param senderId      ISA06/GS02: the submitter id the clearinghouse gave the practice
 * @param receiverId    ISA08/GS03: the clearinghouse or payer receiving the file
 * @param controlNumber ISA13 and GS06 (1 to 999999999); a clearinghouse rejects a number it has seen before
 * @param firstTransaction ST02 of the first transaction set; the next ones count up from it. A 999 names the
 *                         transaction it rejects by this number, so numbers kept unique across files tell which
 *                         claims a rejection is about.
 */
public record Interchange(String senderId, String receiverId, int controlNumber, LocalDateTime created, Usage usage,
                          int firstTransaction) {
    public Interchange {
        if (firstTransaction < 1 || firstTransaction > 999_999_999) {
            throw new IllegalArgumentException("transaction set control numbers are 1 to 999999999, got " + firstTransaction);
        }
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(receiverId, "receiverId");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(usage, "usage");
        if (controlNumber < 1 || controlNumber > 999_999_999) {
            throw new IllegalArgumentException("interchange control number must be 1 to 999999999, got " + controlNumber);
        }
        if (senderId.isBlank() || senderId.length() > 15 || receiverId.isBlank() || receiverId.length() > 15) {
            throw new IllegalArgumentException("ISA sender and receiver ids are 1 to 15 characters, got \"" + senderId
                    + "\" and \"" + receiverId + "\"");
        }
    }

    /** An interchange whose transaction sets are numbered from 1 within it. */
    public Interchange(String senderId, String receiverId, int controlNumber, LocalDateTime created, Usage usage) {
        this(senderId, receiverId, controlNumber, created, usage, 1);
    }

    /** ST02 of the n-th transaction set (from 1): at least four digits, as the guide's examples write it. */
    public String transactionControlNumber(int n) {
        return String.format("%04d", firstTransaction + n - 1);
    }

    /**
     * A control number from the time of writing: a new one each second, within ISA13's nine digits, so files written
     * apart are distinct interchanges to the clearinghouse without a counter to keep.
     */
    public static int controlNumberAt(java.time.Instant written) {
        return (int) (written.getEpochSecond() % 999_999_999L) + 1;
    }
}

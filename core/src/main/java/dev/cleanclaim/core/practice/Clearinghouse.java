package dev.cleanclaim.core.practice;

import java.util.Objects;

/**
 * The clearinghouse a practice sends its 837P files through, and how it knows the practice: the submitter (837P
 * loop 1000A, ISA06/GS02) and the receiver (loop 1000B, ISA08/GS03). Only electronic claims need it.
 *
 * @param submitterId the id the clearinghouse gave the practice
 * @param receiverId  the clearinghouse's own id
 */
public record Clearinghouse(String submitterName, String submitterId, String contactName, String contactPhone,
                            String receiverName, String receiverId) {

    public Clearinghouse {
        Objects.requireNonNull(submitterName, "submitterName");
        Objects.requireNonNull(submitterId, "submitterId");
        Objects.requireNonNull(contactName, "contactName");
        Objects.requireNonNull(contactPhone, "contactPhone");
        Objects.requireNonNull(receiverName, "receiverName");
        Objects.requireNonNull(receiverId, "receiverId");
    }
}

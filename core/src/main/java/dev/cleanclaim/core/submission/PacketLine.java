package dev.cleanclaim.core.submission;

import dev.cleanclaim.core.claim.ClaimLine;

import java.util.Objects;

/**
 * A claim line as it is sent: its number on the claim, the scrubbed line, and the control number a remittance
 * will quote back for it (837P REF*6R, matched against the 835's REF*6R when remittances are read).
 */
public record PacketLine(int number, ClaimLine line, String controlNumber) {
    public PacketLine {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(controlNumber, "controlNumber");
        if (number < 1) {
            throw new IllegalArgumentException("line numbers start at 1, got " + number);
        }
    }
}

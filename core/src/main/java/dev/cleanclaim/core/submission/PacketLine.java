package dev.cleanclaim.core.submission;

import dev.cleanclaim.core.claim.ClaimLine;

import java.util.Objects;
import java.util.Optional;

/**
 * A claim line as it is sent: the scrubbed line, the control number a remittance will quote back for it
 * (837P REF*6R, matched against the 835's REF*6R in issue 6), and the description an unlisted code needs.
 *
 * @param description what was done, for unlisted codes such as 97139 (837P SV101-7; CMS-1500 24 shaded area)
 */
public record PacketLine(int number, ClaimLine line, String controlNumber, Optional<String> description) {
    public PacketLine {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(controlNumber, "controlNumber");
        Objects.requireNonNull(description, "description");
        if (number < 1) {
            throw new IllegalArgumentException("line numbers start at 1, got " + number);
        }
    }
}

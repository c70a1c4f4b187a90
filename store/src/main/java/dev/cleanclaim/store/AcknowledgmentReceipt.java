package dev.cleanclaim.store;

import java.util.Objects;

/**
 * A 999 or 277CA file as received.
 *
 * @param kind "999" or "277CA"
 */
public record AcknowledgmentReceipt(String kind, String fileName, String senderId, String interchangeControlNumber,
                                    String body) {
    public AcknowledgmentReceipt {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(interchangeControlNumber, "interchangeControlNumber");
        Objects.requireNonNull(body, "body");
    }
}

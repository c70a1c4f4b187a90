package dev.cleanclaim.store;

import java.time.Instant;
import java.util.Objects;

/** Staff took back a posted payment: who, when and why. The payment and its posting stay on the record. */
public record PaymentReversal(Instant at, String by, String reason) {
    public PaymentReversal {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(reason, "reason");
    }
}

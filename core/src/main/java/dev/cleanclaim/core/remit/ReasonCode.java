package dev.cleanclaim.core.remit;

import java.util.Objects;

/** A CARC or RARC with its short meaning; a deactivated code may still arrive on an old claim's remittance. */
public record ReasonCode(String code, String meaning, boolean current) {
    public ReasonCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(meaning, "meaning");
    }
}

package dev.cleanclaim.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A pending admin-started password reset as stored: the one-time code's SHA-256 (never the code) and its end.
 */
public record PasswordReset(long userId, String codeHash, Instant expiresAt) {
    public PasswordReset {
        Objects.requireNonNull(codeHash, "codeHash");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}

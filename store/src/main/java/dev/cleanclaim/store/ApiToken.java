package dev.cleanclaim.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's API token as stored: only its SHA-256 hash is kept, so a leaked database holds no usable token.
 *
 * @param expiresAt     when it stops working; a token stored before expiries existed ends {@link #LEGACY_LIFETIME_DAYS}
 *                      days after it was made
 * @param madeByTokenId the token that made this one, when a script minted it: revoking that one revokes this one
 * @param madeAsRole    the role it was made with; it never acts with another one
 */
public record ApiToken(long id, long userId, String label, Instant createdAt, boolean revoked, Instant expiresAt,
                       Optional<Long> madeByTokenId, Optional<UserRole> madeAsRole) {

    /** The default lifetime, given to tokens made before tokens had one. */
    public static final int LEGACY_LIFETIME_DAYS = 90;

    public ApiToken {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(madeByTokenId, "madeByTokenId");
        Objects.requireNonNull(madeAsRole, "madeAsRole");
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}

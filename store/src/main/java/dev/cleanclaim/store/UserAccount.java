package dev.cleanclaim.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who signs in. A therapist is tied to the provider whose patients they see.
 *
 * @param passwordHash the hash as the password hasher wrote it (algorithm and salt included), never the password
 * @param lockedUntil  set after too many failed sign-ins; no sign-in succeeds before it
 */
public record UserAccount(long id, String username, String passwordHash, UserRole role, Optional<Long> providerId,
                          boolean active, int failedLogins, Optional<Instant> lockedUntil) {
    public UserAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(lockedUntil, "lockedUntil");
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil.filter(now::isBefore).isPresent();
    }
}

package dev.cleanclaim.store;

import java.util.Objects;
import java.util.Optional;

/**
 * A person who signs in. A therapist is tied to the provider whose patients they see.
 *
 * @param passwordHash the hash as the password hasher wrote it (algorithm and salt included), never the password
 * @param secondFactor whether they confirmed an authenticator app (TOTP), so sign-in asks them for a code too
 */
public record UserAccount(long id, String username, String passwordHash, UserRole role, Optional<Long> providerId,
                          boolean active, boolean secondFactor) {
    public UserAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(providerId, "providerId");
    }
}

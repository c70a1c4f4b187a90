package dev.cleanclaim.store;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A user's authenticator-app (TOTP) enrolment as stored: the shared secret (base32), whether it is on (only after
 * the user proved they hold it by typing a code), and the last time step a code was used for (no code is accepted
 * twice).
 */
public record SecondFactor(long userId, Optional<String> secret, boolean confirmed, OptionalLong lastStep) {
    public SecondFactor {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(lastStep, "lastStep");
    }
}

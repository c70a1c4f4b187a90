package dev.cleanclaim.store;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A user's authenticator-app (TOTP) enrolment as stored: the shared secret (base32), whether the user proved they
 * hold it by typing a code (only a confirmed enrolment is asked for at sign-in), and the last time step a code was
 * used for (no code is accepted twice).
 */
public record SecondFactor(long userId, Optional<String> secret, boolean confirmed, OptionalLong lastStep) {
    public SecondFactor {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(lastStep, "lastStep");
    }

    /** Started but not yet confirmed with a code: what the enrolment page shows the QR code of. */
    public boolean pending() {
        return secret.isPresent() && !confirmed;
    }
}

package dev.cleanclaim.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Secrets shown for setting up an authenticator app and awaiting their first code, kept in memory with the session
 * (or API token) that asked for them, for {@link #LIFETIME}. Nothing is stored until the code proves the app has the
 * secret, and no other sign-in of the same user can see or confirm it: a thief's session cannot plant its secret in
 * the real user's set-up.
 */
final class PendingEnrolments {

    static final Duration LIFETIME = Duration.ofMinutes(10);

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Clock clock;

    PendingEnrolments(Clock clock) {
        this.clock = clock;
    }

    private record Pending(long userId, String secret, Instant expiresAt) {
    }

    /** The secret this holder is setting up (a reload shows the same QR code), or a new one. */
    String secretFor(String holder, long userId) {
        Instant now = clock.instant();
        pending.values().removeIf(old -> !now.isBefore(old.expiresAt()));
        return pending.compute(holder, (key, found) -> found != null && found.userId() == userId ? found
                : new Pending(userId, Totp.newSecret(), now.plus(LIFETIME))).secret();
    }

    Optional<String> find(String holder, long userId) {
        Pending found = pending.get(holder);
        return found != null && found.userId() == userId && clock.instant().isBefore(found.expiresAt())
                ? Optional.of(found.secret()) : Optional.empty();
    }

    void end(String holder) {
        pending.remove(holder);
    }
}

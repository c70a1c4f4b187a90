package dev.cleanclaim.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sign-ins whose password was right and whose second-factor code is awaited, kept in memory under a random id (a
 * cookie of the browser that typed the password). One lives {@link #LIFETIME} and takes {@link #ATTEMPTS} codes:
 * after that the password must be typed again. A user has one at a time (a new password sign-in replaces it), so
 * guesses cannot be spread over many.
 */
final class PendingSignIns {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    static final int ATTEMPTS = 5;

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Clock clock;

    PendingSignIns(Clock clock) {
        this.clock = clock;
    }

    record Pending(long userId, String username, Instant expiresAt, int codesTried) {
    }

    String start(long userId, String username) {
        Instant now = clock.instant();
        pending.values().removeIf(old -> !now.isBefore(old.expiresAt()) || old.userId() == userId);
        String id = Tokens.random();
        pending.put(id, new Pending(userId, username, now.plus(LIFETIME), 0));
        return id;
    }

    /**
     * Counts a code about to be checked, atomically, before the check: the pending sign-in if it may still take one
     * (the {@link #ATTEMPTS}-th try is its last), or empty when it has run out or ended.
     */
    Optional<Pending> tryCode(String id) {
        Pending[] tried = {null};
        if (id != null) {
            pending.computeIfPresent(id, (key, found) -> {
                if (found.codesTried() >= ATTEMPTS || !clock.instant().isBefore(found.expiresAt())) {
                    return null;
                }
                tried[0] = found;
                return new Pending(found.userId(), found.username(), found.expiresAt(), found.codesTried() + 1);
            });
        }
        return Optional.ofNullable(tried[0]);
    }

    /** Ends the user's pending sign-in (a new password, sign-out everywhere, a cleared second factor). */
    void endAllOf(long userId) {
        pending.values().removeIf(found -> found.userId() == userId);
    }

    void end(String id) {
        if (id != null) {
            pending.remove(id);
        }
    }
}

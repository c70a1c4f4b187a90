package dev.cleanclaim.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sign-ins whose password was right and whose second-factor code is awaited, kept in memory under a random id (a
 * cookie of the browser that typed the password). One lives {@link #LIFETIME} and takes {@link #ATTEMPTS} wrong codes:
 * after that the password must be typed again.
 */
final class PendingSignIns {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    static final int ATTEMPTS = 5;

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Clock clock;

    PendingSignIns(Clock clock) {
        this.clock = clock;
    }

    record Pending(long userId, String username, Instant expiresAt, int wrongCodes) {
    }

    String start(long userId, String username) {
        Instant now = clock.instant();
        pending.values().removeIf(old -> !now.isBefore(old.expiresAt()));
        String id = Tokens.random();
        pending.put(id, new Pending(userId, username, now.plus(LIFETIME), 0));
        return id;
    }

    Optional<Pending> find(String id) {
        Pending found = id == null ? null : pending.get(id);
        if (found == null || !clock.instant().isBefore(found.expiresAt())) {
            end(id);
            return Optional.empty();
        }
        return Optional.of(found);
    }

    /** Counts a wrong code; the {@link #ATTEMPTS}-th ends the pending sign-in. */
    void wrongCode(String id) {
        pending.computeIfPresent(id, (key, found) -> found.wrongCodes() + 1 >= ATTEMPTS ? null
                : new Pending(found.userId(), found.username(), found.expiresAt(), found.wrongCodes() + 1));
    }

    void end(String id) {
        if (id != null) {
            pending.remove(id);
        }
    }
}

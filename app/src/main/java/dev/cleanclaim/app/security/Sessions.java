package dev.cleanclaim.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed-in sessions, kept in memory: a restart signs everyone out, which is the safe failure. A session ends after
 * {@link #IDLE} without a request (HIPAA automatic logoff), {@link #LIFETIME} after sign-in however busy it was (a
 * stolen cookie kept alive by a script dies anyway; ASVS 3.3.4), or when its user signs out (here or everywhere).
 */
public final class Sessions {

    static final Duration IDLE = Duration.ofMinutes(30);
    /** A working day and then some: a person signs in again each morning. */
    public static final Duration LIFETIME = Duration.ofHours(12);

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    public Sessions(Clock clock) {
        this.clock = clock;
    }

    /** @param withCode whether the sign-in took a second-factor code as well as the password */
    public Session start(long userId, boolean withCode) {
        Instant now = clock.instant();
        Session session = new Session(Tokens.random(), userId, Tokens.random(), now.plus(IDLE), now.plus(LIFETIME), withCode);
        sessions.put(session.id(), session);
        return session;
    }

    /**
     * The session raised to one with a second factor (its user just set one up in it), under a new id and CSRF token
     * so whatever knew the old ones holds nothing (ASVS 3.2.1); its absolute lifetime stays as it was.
     */
    public Session renewWithCode(Session old) {
        sessions.remove(old.id());
        Session renewed = new Session(Tokens.random(), old.userId(), Tokens.random(), clock.instant().plus(IDLE),
                old.endsAt(), true).touched(clock.instant().plus(IDLE));
        sessions.put(renewed.id(), renewed);
        return renewed;
    }

    /** The live session with this id, its idle time restarted; an expired one is removed. */
    public Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session session = sessions.get(id);
        if (session == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(session.expiresAt())) {
            sessions.remove(id);
            return Optional.empty();
        }
        Session touched = session.touched(clock.instant().plus(IDLE));
        sessions.put(id, touched);
        return Optional.of(touched);
    }

    /**
     * Ends every session of the user but the one kept (the one that changed the password, say); how many ended.
     */
    public int endAllOf(long userId, Optional<String> keep) {
        int[] ended = {0};
        sessions.values().removeIf(session -> {
            boolean ends = session.userId() == userId && !keep.filter(session.id()::equals).isPresent();
            if (ends) {
                ended[0]++;
            }
            return ends;
        });
        return ended[0];
    }

    public void end(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }
}

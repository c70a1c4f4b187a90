package dev.cleanclaim.app.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed-in sessions, kept in memory: a restart signs everyone out, which is the safe failure. A session ends after
 * {@link #IDLE} without a request (HIPAA automatic logoff) or when its user signs out.
 */
public final class Sessions {

    static final Duration IDLE = Duration.ofMinutes(30);

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    public Sessions(Clock clock) {
        this.clock = clock;
    }

    public Session start(long userId) {
        Session session = new Session(Tokens.random(), userId, Tokens.random(), clock.instant().plus(IDLE));
        sessions.put(session.id(), session);
        return session;
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

    /** Ends every session of the user but the one kept (the one that changed the password, say). */
    public void endAllOf(long userId, Optional<String> keep) {
        sessions.values().removeIf(session -> session.userId() == userId && !keep.filter(session.id()::equals).isPresent());
    }

    public void end(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }
}

package dev.cleanclaim.app.security;

import java.time.Instant;

/**
 * A signed-in browser. The id travels only in an HttpOnly cookie; the CSRF token goes into every form and htmx
 * request and must come back with every change.
 *
 * @param expiresAt when it ends unless used before: the idle timeout, moved on by each request
 * @param endsAt    when it ends however busy it is: the absolute lifetime, fixed at sign-in
 * @param withCode  signed in with a second-factor code too (or set one up in this session): once a user has a second
 *                  factor, a session without it is worth nothing
 */
public record Session(String id, long userId, String csrfToken, Instant expiresAt, Instant endsAt, boolean withCode) {
    Session touched(Instant newExpiry) {
        return new Session(id, userId, csrfToken, newExpiry.isAfter(endsAt) ? endsAt : newExpiry, endsAt, withCode);
    }
}

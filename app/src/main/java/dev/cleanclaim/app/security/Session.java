package dev.cleanclaim.app.security;

import java.time.Instant;

/**
 * A signed-in browser. The id travels only in an HttpOnly cookie; the CSRF token goes into every form and htmx
 * request and must come back with every change.
 *
 * @param expiresAt when it ends unless used before: the idle timeout, moved on by each request
 * @param endsAt    when it ends however busy it is: the absolute lifetime, fixed at sign-in
 */
public record Session(String id, long userId, String csrfToken, Instant expiresAt, Instant endsAt) {
    Session touched(Instant newExpiry) {
        return new Session(id, userId, csrfToken, newExpiry.isAfter(endsAt) ? endsAt : newExpiry, endsAt);
    }
}

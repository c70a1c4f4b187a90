package dev.cleanclaim.app.security;

import java.time.Instant;

/**
 * A signed-in browser. The id travels only in an HttpOnly cookie; the CSRF token goes into every form and htmx
 * request and must come back with every change.
 */
public record Session(String id, long userId, String csrfToken, Instant expiresAt) {
    Session touched(Instant newExpiry) {
        return new Session(id, userId, csrfToken, newExpiry);
    }
}

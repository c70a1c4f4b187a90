package dev.cleanclaim.store;

import java.time.Instant;

/** A user's API token as stored: only its SHA-256 hash is kept, so a leaked database holds no usable token. */
public record ApiToken(long id, long userId, String label, Instant createdAt, boolean revoked) {
}

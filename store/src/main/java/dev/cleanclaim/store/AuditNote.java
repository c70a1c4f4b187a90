package dev.cleanclaim.store;

import java.util.Objects;
import java.util.Optional;

/**
 * The audit row a write carries into its own transaction, so an answered write never lacks it: who, from where,
 * what they did; the store adds the entity, its id and the time.
 */
public record AuditNote(String user, Optional<String> remoteAddress, String action, Optional<String> detail) {
    public AuditNote {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(remoteAddress, "remoteAddress");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(detail, "detail");
    }
}

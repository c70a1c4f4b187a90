package dev.cleanclaim.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One access to patient data: who, what (read, create, update, export, login...), which record, when and from
 * where. The detail never holds patient data itself, only what was done.
 *
 * @param id     the row's id, in the order rows were written
 * @param sealed whether the row is in the hash chain yet (see {@link AuditLog#seal()})
 */
public record AuditEntry(long id, boolean sealed, Instant occurredAt, String user, String action, String entity, Optional<String> entityId,
                         Optional<String> remoteAddress, Optional<String> detail) {
    public AuditEntry {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(remoteAddress, "remoteAddress");
        Objects.requireNonNull(detail, "detail");
    }
}

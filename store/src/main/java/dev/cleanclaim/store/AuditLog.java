package dev.cleanclaim.store;

import org.jdbi.v3.core.Jdbi;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The append-only audit log of every read and write of patient data (HIPAA audit controls). */
public final class AuditLog {

    private final Jdbi jdbi;
    private final Clock clock;

    AuditLog(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public void record(String user, String action, String entity, Optional<String> entityId,
                       Optional<String> remoteAddress, Optional<String> detail) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO audit_log (occurred_at, user_name, action, entity, entity_id, remote_address, detail)
                        VALUES (:now, :user, :action, :entity, :id, :remote, :detail)""")
                .bind("now", Timestamp.from(clock.instant())).bind("user", user).bind("action", action)
                .bind("entity", entity).bind("id", entityId.orElse(null)).bind("remote", remoteAddress.orElse(null))
                .bind("detail", detail.map(text -> text.length() > 400 ? text.substring(0, 400) : text).orElse(null))
                .execute());
    }

    /** The newest entries first. */
    public List<AuditEntry> recent(int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM audit_log ORDER BY id DESC LIMIT " + Math.max(1, limit))
                .map((rs, ctx) -> new AuditEntry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("user_name"),
                        rs.getString("action"), rs.getString("entity"), Optional.ofNullable(rs.getString("entity_id")),
                        Optional.ofNullable(rs.getString("remote_address")), Optional.ofNullable(rs.getString("detail"))))
                .list());
    }
}

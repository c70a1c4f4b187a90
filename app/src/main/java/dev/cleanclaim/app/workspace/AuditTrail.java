package dev.cleanclaim.app.workspace;

import dev.cleanclaim.store.AuditLog;
import dev.cleanclaim.store.AuditNote;

import java.util.List;
import java.util.Optional;

/**
 * Writes who read or wrote which patient data, when and from where (HIPAA audit controls). Details name records
 * and fields, never their contents, so the audit log itself holds no more patient data than it must.
 */
final class AuditTrail {

    /** The audit entities of reading a record's history of changes: a read of patient data like any other. */
    static final String PATIENT_HISTORY = "patient-history";
    static final String VISIT_HISTORY = "visit-history";

    private final AuditLog log;

    AuditTrail(AuditLog log) {
        this.log = log;
    }

    void read(Actor actor, String entity, long id) {
        record(actor, "read", entity, Optional.of(id), Optional.empty());
    }

    void list(Actor actor, String entity, String detail) {
        record(actor, "list", entity, Optional.empty(), Optional.of(detail));
    }

    /** A list or search of patient data: a row for each record it showed, so each record's readers can be found. */
    void shown(Actor actor, String entity, List<Long> ids, String detail) {
        log.recordShown(new AuditNote(actor.username(), Optional.of(actor.remoteAddress()), "list", Optional.of(detail)),
                entity, ids);
    }

    void create(Actor actor, String entity, long id) {
        record(actor, "create", entity, Optional.of(id), Optional.empty());
    }

    void update(Actor actor, String entity, long id, String detail) {
        record(actor, "update", entity, Optional.of(id), Optional.of(detail));
    }

    void denied(Actor actor, String entity, long id) {
        record(actor, "denied", entity, Optional.of(id), Optional.of("not this user's patient"));
    }

    /**
     * The audit row a write carries into its own transaction (the store adds the record, its id, the time and the
     * names of the fields changed), so an answered write is never missing from the log.
     */
    static AuditNote note(Actor actor, String action) {
        return new AuditNote(actor.username(), Optional.of(actor.remoteAddress()), action, Optional.empty());
    }

    void record(Actor actor, String action, String entity, Optional<Long> id, Optional<String> detail) {
        log.record(actor.username(), action, entity, id.map(String::valueOf), Optional.of(actor.remoteAddress()), detail);
    }
}

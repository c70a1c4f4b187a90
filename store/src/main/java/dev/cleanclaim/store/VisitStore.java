package dev.cleanclaim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Visits, each keeping the contract JSON it was entered as. Every write inserts its audit row and its history row
 * (who, when, which fields went from what to what) in its own transaction, so an answered write never lacks either.
 */
public final class VisitStore {

    private static final String ENTITY = "visit";
    /** Ids per IN list: well under any database's limit on bound parameters. */
    private static final int CHUNK = 500;

    private final Jdbi jdbi;
    private final Clock clock;

    VisitStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public Stored<VisitRecord> create(VisitRecord visit, AuditNote audit) {
        return jdbi.inTransaction(handle -> {
            long id = handle.createUpdate("""
                            INSERT INTO visit (patient_id, provider_id, date_of_service, payer_id, body, created_at, created_by)
                            VALUES (:patient, :provider, :date, :payer, :body, :now, :user)""")
                    .bind("patient", visit.patientId()).bind("provider", visit.providerId())
                    .bind("date", Date.valueOf(visit.dateOfService())).bind("payer", visit.payerId()).bind("body", visit.body())
                    .bind("now", Timestamp.from(clock.instant())).bind("user", Columns.fit("visit user", audit.user(), 60))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            HistoryRows.insert(handle, clock, HistoryRows.Of.VISIT, id, 0, audit.user(), ChangeKind.CREATED,
                    FieldDiff.created(VisitFields.of(visit)));
            AuditLog.insert(handle, clock, audit, ENTITY, id);
            return new Stored<>(id, 0, visit);
        });
    }

    public Optional<Stored<VisitRecord>> find(long id) {
        return jdbi.withHandle(handle -> find(handle, id));
    }

    /** The visits with these ids, by id, a few hundred per query (sending reads thousands of claims' visits). */
    public java.util.Map<Long, Stored<VisitRecord>> find(java.util.Collection<Long> ids) {
        java.util.Map<Long, Stored<VisitRecord>> found = new java.util.HashMap<>();
        List<Long> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
        jdbi.useHandle(handle -> {
            for (int from = 0; from < all.size(); from += CHUNK) {
                handle.createQuery("SELECT * FROM visit WHERE id IN (<ids>)")
                        .bindList("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
                        .map(VisitStore::row).forEach(visit -> found.put(visit.id(), visit));
            }
        });
        return found;
    }

    public List<Stored<VisitRecord>> forPatient(long patientId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM visit WHERE patient_id = :patient ORDER BY date_of_service DESC, id DESC")
                .bind("patient", patientId).map(VisitStore::row).list());
    }

    /**
     * Replaces the visit's contract JSON if nobody changed the visit since {@code expectedVersion} was read. The visit
     * as it was is read in the same transaction, so the history says exactly what this save changed.
     */
    public Update<VisitRecord> update(long id, int expectedVersion, VisitRecord visit, AuditNote audit) {
        return jdbi.inTransaction(handle -> {
            Optional<Stored<VisitRecord>> before = find(handle, id);
            if (before.isEmpty()) {
                return new Update.NotFound<>(id);
            }
            if (before.get().version() != expectedVersion) {
                return new Update.Conflict<>(before.get());
            }
            int changed = handle.createUpdate("""
                            UPDATE visit SET provider_id = :provider, date_of_service = :date, payer_id = :payer, body = :body,
                              version = version + 1
                            WHERE id = :id AND version = :version AND patient_id = :patient""" + NOT_HELD_BY_A_PAYER)
                    .bind("provider", visit.providerId()).bind("date", Date.valueOf(visit.dateOfService()))
                    .bind("payer", visit.payerId()).bind("body", visit.body()).bind("id", id)
                    .bind("version", expectedVersion).bind("patient", visit.patientId()).execute();
            if (changed == 0) {
                return find(handle, id).<Update<VisitRecord>>map(Update.Conflict::new).orElse(new Update.NotFound<>(id));
            }
            int version = expectedVersion + 1;
            List<FieldChange> changes = FieldDiff.between(VisitFields.of(before.get().value()), VisitFields.of(visit));
            HistoryRows.insert(handle, clock, HistoryRows.Of.VISIT, id, version, audit.user(), ChangeKind.UPDATED, changes);
            AuditLog.insert(handle, clock, FieldDiff.audited(audit, changes), ENTITY, id);
            return new Update.Saved<>(new Stored<>(id, version, visit));
        });
    }

    /**
     * A visit whose claim a payer holds does not change, even when the claim was sent after the caller checked: the
     * update then finds nothing to change and answers as a conflict.
     */
    private static final String NOT_HELD_BY_A_PAYER = " AND NOT EXISTS (SELECT 1 FROM claim WHERE claim.visit_id = visit.id"
            + " AND claim.status IN (" + java.util.Arrays.stream(dev.cleanclaim.core.lifecycle.ClaimStatus.values())
            .filter(dev.cleanclaim.core.lifecycle.ClaimStatus::holdsItsVisit).map(status -> "'" + status.name() + "'")
            .collect(java.util.stream.Collectors.joining(", ")) + "))";

    private static Optional<Stored<VisitRecord>> find(Handle handle, long id) {
        return handle.createQuery("SELECT * FROM visit WHERE id = :id").bind("id", id).map(VisitStore::row).findOne();
    }

    private static Stored<VisitRecord> row(ResultSet rs, StatementContext context) throws SQLException {
        return new Stored<>(rs.getLong("id"), rs.getInt("version"), new VisitRecord(rs.getLong("patient_id"),
                rs.getLong("provider_id"), rs.getDate("date_of_service").toLocalDate(), rs.getString("payer_id"),
                rs.getString("body")));
    }
}

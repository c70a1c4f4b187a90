package dev.cleanclaim.store;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Visits, each keeping the contract JSON it was entered as. */
public final class VisitStore {

    private final Jdbi jdbi;
    private final Clock clock;

    VisitStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public Stored<VisitRecord> create(VisitRecord visit, String user) {
        long id = jdbi.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO visit (patient_id, provider_id, date_of_service, payer_id, body, created_at, created_by)
                        VALUES (:patient, :provider, :date, :payer, :body, :now, :user)""")
                .bind("patient", visit.patientId()).bind("provider", visit.providerId())
                .bind("date", Date.valueOf(visit.dateOfService())).bind("payer", visit.payerId()).bind("body", visit.body())
                .bind("now", Timestamp.from(clock.instant())).bind("user", user)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new Stored<>(id, 0, visit);
    }

    public Optional<Stored<VisitRecord>> find(long id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM visit WHERE id = :id").bind("id", id)
                .map(VisitStore::row).findOne());
    }

    public List<Stored<VisitRecord>> forPatient(long patientId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM visit WHERE patient_id = :patient ORDER BY date_of_service DESC, id DESC")
                .bind("patient", patientId).map(VisitStore::row).list());
    }

    /** Replaces the visit's contract JSON if nobody changed the visit since {@code expectedVersion} was read. */
    public Update<VisitRecord> update(long id, int expectedVersion, VisitRecord visit) {
        return jdbi.inTransaction(handle -> {
            int changed = handle.createUpdate("""
                            UPDATE visit SET provider_id = :provider, date_of_service = :date, payer_id = :payer, body = :body,
                              version = version + 1
                            WHERE id = :id AND version = :version AND patient_id = :patient""")
                    .bind("provider", visit.providerId()).bind("date", Date.valueOf(visit.dateOfService()))
                    .bind("payer", visit.payerId()).bind("body", visit.body()).bind("id", id)
                    .bind("version", expectedVersion).bind("patient", visit.patientId()).execute();
            if (changed == 1) {
                return new Update.Saved<>(new Stored<>(id, expectedVersion + 1, visit));
            }
            return handle.createQuery("SELECT * FROM visit WHERE id = :id").bind("id", id).map(VisitStore::row).findOne()
                    .<Update<VisitRecord>>map(Update.Conflict::new).orElse(new Update.NotFound<>(id));
        });
    }

    private static Stored<VisitRecord> row(ResultSet rs, StatementContext context) throws SQLException {
        return new Stored<>(rs.getLong("id"), rs.getInt("version"), new VisitRecord(rs.getLong("patient_id"),
                rs.getLong("provider_id"), rs.getDate("date_of_service").toLocalDate(), rs.getString("payer_id"),
                rs.getString("body")));
    }
}

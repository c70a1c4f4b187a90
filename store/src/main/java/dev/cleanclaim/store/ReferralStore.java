package dev.cleanclaim.store;

import dev.cleanclaim.core.practice.ReferringProvider;
import dev.cleanclaim.core.referral.Referral;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Referrals on file per patient, with the visits they authorize and the visits already billed under them. */
public final class ReferralStore {

    /** Patients per IN list: well under any database's limit on bound parameters. */
    private static final int CHUNK = 500;

    private final Jdbi jdbi;
    private final Clock clock;

    ReferralStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public Stored<Referral> create(long patientId, Referral referral) {
        return create(patientId, referral, Optional.empty());
    }

    /** A referral and its audit row, in one transaction. */
    public Stored<Referral> create(long patientId, Referral referral, AuditNote note) {
        return create(patientId, referral, Optional.of(note));
    }

    private Stored<Referral> create(long patientId, Referral referral, Optional<AuditNote> note) {
        ReferringProvider referrer = referral.referrer();
        long id = jdbi.inTransaction(handle -> insert(handle, patientId, referrer, referral, note));
        return new Stored<>(id, 0, referral);
    }

    private long insert(Handle handle, long patientId, ReferringProvider referrer, Referral referral, Optional<AuditNote> note) {
        long id = handle.createUpdate("""
                        INSERT INTO referral (patient_id, referrer_first, referrer_last, referrer_npi, referral_number,
                          valid_from, valid_through, visits_authorized, visits_used)
                        VALUES (:patient, :first, :last, :npi, :number, :from, :through, :authorized, :used)""")
                .bind("patient", patientId).bind("first", referrer.firstName()).bind("last", referrer.lastName())
                .bind("npi", referrer.npi()).bind("number", referrer.referralNumber().orElse(null))
                .bind("from", Date.valueOf(referral.validFrom())).bind("through", Date.valueOf(referral.validThrough()))
                .bind("authorized", referral.visitsAuthorized()).bind("used", referral.visitsUsed())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        note.ifPresent(audit -> AuditLog.insert(handle, clock, audit, "referral", id));
        return id;
    }

    /** The patient's referrals, newest first. */
    public List<Stored<Referral>> forPatient(long patientId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM referral WHERE patient_id = :patient ORDER BY valid_from DESC, id DESC")
                .bind("patient", patientId)
                .map(ReferralStore::row)
                .list());
    }

    /**
     * The referrals of each of these patients, newest first, by patient id (a patient without one has an empty
     * list), a few hundred patients per query: sending thousands of claims reads their patients' referrals at once.
     */
    public Map<Long, List<Stored<Referral>>> forPatients(Collection<Long> patientIds) {
        Map<Long, List<Stored<Referral>>> found = new HashMap<>();
        List<Long> all = List.copyOf(new java.util.LinkedHashSet<>(patientIds));
        all.forEach(id -> found.put(id, new ArrayList<>()));
        jdbi.useHandle(handle -> {
            for (int from = 0; from < all.size(); from += CHUNK) {
                found.putAll(forPatients(handle, all.subList(from, Math.min(all.size(), from + CHUNK))));
            }
        });
        return found;
    }

    /** Per patient of the given ids, their referrals newest first (as {@link #forPatient}); none is no entry. */
    static Map<Long, List<Stored<Referral>>> forPatients(Handle handle, Collection<Long> patientIds) {
        Map<Long, List<Stored<Referral>>> found = new HashMap<>();
        if (!patientIds.isEmpty()) {
            handle.createQuery("SELECT * FROM referral WHERE patient_id IN (<ids>) ORDER BY patient_id, valid_from DESC, id DESC")
                    .bindList("ids", List.copyOf(patientIds))
                    .map((rs, ctx) -> Map.entry(rs.getLong("patient_id"), row(rs, ctx)))
                    .forEach(row -> found.computeIfAbsent(row.getKey(), id -> new ArrayList<>()).add(row.getValue()));
        }
        return found;
    }

    private static Stored<Referral> row(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Stored<>(rs.getLong("id"), rs.getInt("version"), new Referral(
                new ReferringProvider(rs.getString("referrer_first"), rs.getString("referrer_last"),
                        rs.getString("referrer_npi"), Optional.ofNullable(rs.getString("referral_number"))),
                rs.getDate("valid_from").toLocalDate(), rs.getDate("valid_through").toLocalDate(),
                rs.getInt("visits_authorized"), rs.getInt("visits_used")));
    }

    /** Counts one more visit billed under the referral; false when none are left (the count stays as it was). */
    public boolean useVisit(long referralId) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE referral SET visits_used = visits_used + 1, version = version + 1
                        WHERE id = :id AND visits_used < visits_authorized""")
                .bind("id", referralId).execute() == 1);
    }
}

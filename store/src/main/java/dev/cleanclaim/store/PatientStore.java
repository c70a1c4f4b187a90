package dev.cleanclaim.store;

import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.patient.Person;
import dev.cleanclaim.core.patient.Relationship;
import dev.cleanclaim.core.patient.Sex;
import dev.cleanclaim.core.practice.Address;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Patients with their primary and, when they have one, secondary insurance. Updates name the version they read
 * (optimistic locking) and replace both policies: a secondary left out of the record is removed. Every write inserts
 * its audit row and its history row (who, when, which fields went from what to what) in its own transaction, so an
 * answered write never lacks either; a refused write writes neither.
 */
public final class PatientStore {

    private static final String PRIMARY = "primary_";
    private static final String SECONDARY = "secondary_";
    private static final String SELECT = "SELECT p.*, " + InsuranceRows.columns("i1", PRIMARY) + ", "
            + InsuranceRows.columns("i2", SECONDARY)
            + " FROM patient p"
            + " LEFT JOIN insurance i1 ON i1.patient_id = p.id AND i1.priority = " + InsuranceRows.PRIMARY
            + " LEFT JOIN insurance i2 ON i2.patient_id = p.id AND i2.priority = " + InsuranceRows.SECONDARY + " ";

    private static final String ENTITY = "patient";

    /** Ids per IN list: well under any database's limit on bound parameters. */
    private static final int CHUNK = 500;

    private final Jdbi jdbi;
    private final Clock clock;

    PatientStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The patient's account number, unique in a practice (V1: patient_account_unique). */
    private static final String ACCOUNT_UNIQUE = "patient_account_unique";

    /**
     * Creates the patient. A second patient saved at the same moment with the same account number (both having
     * checked it was free) is refused with {@link ValueTaken}.
     */
    public Stored<PatientRecord> create(PatientRecord record, AuditNote audit) {
        return accountUnique(record, () -> insert(record, audit));
    }

    private Stored<PatientRecord> insert(PatientRecord record, AuditNote audit) {
        return jdbi.inTransaction(handle -> {
            long id = handle.createUpdate("""
                            INSERT INTO patient (practice_id, account_number, first_name, last_name, birth_date, sex,
                              address_line1, address_line2, city, state, zip, therapist_id)
                            VALUES (:practice, :account, :first, :last, :birth, :sex, :line1, :line2, :city, :state, :zip, :therapist)""")
                    .bind("practice", record.practiceId())
                    .bindMap(patientColumns(record))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            writeInsurance(handle, id, record);
            List<FieldChange> changes = FieldDiff.created(PatientFields.of(record));
            HistoryRows.insert(handle, clock, HistoryRows.Of.PATIENT, id, 0, audit.user(), ChangeKind.CREATED, changes);
            AuditLog.insert(handle, clock, audit, ENTITY, id);
            return new Stored<>(id, 0, record);
        });
    }

    public Optional<Stored<PatientRecord>> find(long id) {
        return jdbi.withHandle(handle -> find(handle, id));
    }

    /** The patients of the given ids that exist, by id: one query a page of a streamed report reads them with. */
    static Map<Long, Stored<PatientRecord>> byIds(Handle handle, Collection<Long> ids) {
        Map<Long, Stored<PatientRecord>> found = new HashMap<>();
        if (!ids.isEmpty()) {
            handle.createQuery(SELECT + " WHERE p.id IN (<ids>)").bindList("ids", List.copyOf(ids))
                    .map(PatientStore::row).forEach(patient -> found.put(patient.id(), patient));
        }
        return found;
    }

    /** The patients with these ids, by id, a few hundred per query (sending reads thousands of claims' patients). */
    public Map<Long, Stored<PatientRecord>> find(Collection<Long> ids) {
        Map<Long, Stored<PatientRecord>> found = new HashMap<>();
        List<Long> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
        jdbi.useHandle(handle -> {
            for (int from = 0; from < all.size(); from += CHUNK) {
                found.putAll(byIds(handle, all.subList(from, Math.min(all.size(), from + CHUNK))));
            }
        });
        return found;
    }

    public List<Stored<PatientRecord>> list(long practiceId) {
        // A record merged into another is kept (claims and the audit log name it) but is no longer one of the list.
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " WHERE p.practice_id = :practice AND p.merged_into IS NULL"
                        + " ORDER BY p.last_name, p.first_name, p.id")
                .bind("practice", practiceId).map(PatientStore::row).list());
    }

    /**
     * Saves the patient if nobody changed it since {@code expectedVersion} was read. The patient as it was is read in
     * the same transaction, so the history says exactly what this save changed.
     */
    public Update<PatientRecord> update(long id, int expectedVersion, PatientRecord record, AuditNote audit) {
        return accountUnique(record, () -> save(id, expectedVersion, record, audit));
    }

    private static <T> T accountUnique(PatientRecord record, java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (org.jdbi.v3.core.JdbiException e) {
            if (Columns.violates(e, ACCOUNT_UNIQUE)) {
                throw new ValueTaken("accountNumber", "account number " + record.patient().accountNumber()
                        + " is another patient's; give this patient an account number of their own");
            }
            throw e;
        }
    }

    /** The record this patient's record was merged into; empty for a record in use. */
    public Optional<Long> mergedInto(long id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT merged_into FROM patient WHERE id = :id")
                .bind("id", id).mapTo(Long.class).findOne());
    }

    private Update<PatientRecord> save(long id, int expectedVersion, PatientRecord record, AuditNote audit) {
        return jdbi.inTransaction(handle -> {
            Optional<Stored<PatientRecord>> before = find(handle, id);
            if (before.isEmpty()) {
                return new Update.NotFound<>(id);
            }
            if (before.get().version() != expectedVersion) {
                return new Update.Conflict<>(before.get());
            }
            int changed = handle.createUpdate("""
                            UPDATE patient SET account_number = :account, first_name = :first, last_name = :last,
                              birth_date = :birth, sex = :sex, address_line1 = :line1, address_line2 = :line2, city = :city,
                              state = :state, zip = :zip, therapist_id = :therapist, version = version + 1
                            WHERE id = :id AND version = :version AND merged_into IS NULL""")
                    .bindMap(patientColumns(record)).bind("id", id).bind("version", expectedVersion).execute();
            if (changed == 0) {
                return find(handle, id).<Update<PatientRecord>>map(Update.Conflict::new).orElse(new Update.NotFound<>(id));
            }
            handle.createUpdate("DELETE FROM insurance WHERE patient_id = :id").bind("id", id).execute();
            writeInsurance(handle, id, record);
            int version = expectedVersion + 1;
            List<FieldChange> changes = FieldDiff.between(PatientFields.of(before.get().value()), PatientFields.of(record));
            HistoryRows.insert(handle, clock, HistoryRows.Of.PATIENT, id, version, audit.user(), ChangeKind.UPDATED, changes);
            AuditLog.insert(handle, clock, FieldDiff.audited(audit, changes), ENTITY, id);
            return new Update.Saved<>(new Stored<>(id, version, record));
        });
    }

    private static Optional<Stored<PatientRecord>> find(Handle handle, long id) {
        return handle.createQuery(SELECT + " WHERE p.id = :id").bind("id", id).map(PatientStore::row).findOne();
    }

    private static java.util.Map<String, Object> patientColumns(PatientRecord record) {
        Person person = record.patient().person();
        java.util.Map<String, Object> columns = new java.util.HashMap<>();
        columns.put("account", record.patient().accountNumber());
        columns.put("first", person.firstName());
        columns.put("last", person.lastName());
        columns.put("birth", Date.valueOf(person.birthDate()));
        columns.put("sex", person.sex().name());
        columns.put("line1", person.address().line1());
        columns.put("line2", person.address().line2().orElse(null));
        columns.put("city", person.address().city());
        columns.put("state", person.address().state());
        columns.put("zip", person.address().zip());
        columns.put("therapist", record.therapistId().orElse(null));
        return columns;
    }

    private static void writeInsurance(Handle handle, long patientId, PatientRecord record) {
        if (record.payerId().isEmpty()) {
            return;
        }
        InsuranceRows.insert(handle, patientId, InsuranceRows.PRIMARY,
                InsuranceRows.Policy.primary(record.payerId().get(), record.patient()));
        record.secondary().ifPresent(secondary ->
                InsuranceRows.insert(handle, patientId, InsuranceRows.SECONDARY, InsuranceRows.Policy.of(secondary)));
    }

    private static Stored<PatientRecord> row(ResultSet rs, StatementContext context) throws SQLException {
        Address address = new Address(rs.getString("address_line1"), Optional.ofNullable(rs.getString("address_line2")),
                rs.getString("city"), rs.getString("state"), rs.getString("zip"));
        Person person = new Person(rs.getString("first_name"), rs.getString("last_name"),
                rs.getDate("birth_date").toLocalDate(), Sex.valueOf(rs.getString("sex")), address);
        Optional<InsuranceRows.Policy> primary = InsuranceRows.read(rs, PRIMARY);
        Patient patient = new Patient(person, rs.getString("account_number"),
                primary.flatMap(InsuranceRows.Policy::memberId), primary.flatMap(InsuranceRows.Policy::groupNumber),
                primary.map(InsuranceRows.Policy::relationship).orElse(Relationship.SELF),
                primary.flatMap(InsuranceRows.Policy::subscriber), Optional.empty());
        long therapist = rs.getLong("therapist_id");
        Optional<Long> therapistId = rs.wasNull() ? Optional.empty() : Optional.of(therapist);
        return new Stored<>(rs.getLong("id"), rs.getInt("version"),
                new PatientRecord(rs.getLong("practice_id"), patient, primary.map(InsuranceRows.Policy::payerId),
                        therapistId, InsuranceRows.read(rs, SECONDARY).map(InsuranceRows.Policy::coverage)));
    }
}

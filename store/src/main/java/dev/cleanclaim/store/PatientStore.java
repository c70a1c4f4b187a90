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
import java.util.List;
import java.util.Optional;

/** Patients with their primary insurance. Updates name the version they read (optimistic locking). */
public final class PatientStore {

    private static final String SELECT = """
            SELECT p.*, i.payer_id, i.member_id, i.group_number, i.relationship, i.subscriber_first_name,
                   i.subscriber_last_name, i.subscriber_birth_date, i.subscriber_sex, i.subscriber_line1,
                   i.subscriber_line2, i.subscriber_city, i.subscriber_state, i.subscriber_zip
            FROM patient p LEFT JOIN insurance i ON i.patient_id = p.id AND i.priority = 1
            """;

    private final Jdbi jdbi;

    PatientStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Stored<PatientRecord> create(PatientRecord record) {
        return jdbi.inTransaction(handle -> {
            long id = handle.createUpdate("""
                            INSERT INTO patient (practice_id, account_number, first_name, last_name, birth_date, sex,
                              address_line1, address_line2, city, state, zip, therapist_id)
                            VALUES (:practice, :account, :first, :last, :birth, :sex, :line1, :line2, :city, :state, :zip, :therapist)""")
                    .bind("practice", record.practiceId())
                    .bindMap(patientColumns(record))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            writeInsurance(handle, id, record);
            return new Stored<>(id, 0, record);
        });
    }

    public Optional<Stored<PatientRecord>> find(long id) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " WHERE p.id = :id").bind("id", id)
                .map(PatientStore::row).findOne());
    }

    public List<Stored<PatientRecord>> list(long practiceId) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " WHERE p.practice_id = :practice ORDER BY p.last_name, p.first_name, p.id")
                .bind("practice", practiceId).map(PatientStore::row).list());
    }

    /** Saves the patient if nobody changed it since {@code expectedVersion} was read. */
    public Update<PatientRecord> update(long id, int expectedVersion, PatientRecord record) {
        return jdbi.inTransaction(handle -> {
            int changed = handle.createUpdate("""
                            UPDATE patient SET account_number = :account, first_name = :first, last_name = :last,
                              birth_date = :birth, sex = :sex, address_line1 = :line1, address_line2 = :line2, city = :city,
                              state = :state, zip = :zip, therapist_id = :therapist, version = version + 1
                            WHERE id = :id AND version = :version""")
                    .bindMap(patientColumns(record)).bind("id", id).bind("version", expectedVersion).execute();
            if (changed == 0) {
                return handle.createQuery(SELECT + " WHERE p.id = :id").bind("id", id).map(PatientStore::row).findOne()
                        .<Update<PatientRecord>>map(Update.Conflict::new).orElse(new Update.NotFound<>(id));
            }
            handle.createUpdate("DELETE FROM insurance WHERE patient_id = :id AND priority = 1").bind("id", id).execute();
            writeInsurance(handle, id, record);
            return new Update.Saved<>(new Stored<>(id, expectedVersion + 1, record));
        });
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
        Patient patient = record.patient();
        Optional<Person> subscriber = patient.subscriber();
        handle.createUpdate("""
                        INSERT INTO insurance (patient_id, priority, payer_id, member_id, group_number, relationship,
                          subscriber_first_name, subscriber_last_name, subscriber_birth_date, subscriber_sex,
                          subscriber_line1, subscriber_line2, subscriber_city, subscriber_state, subscriber_zip)
                        VALUES (:patient, 1, :payer, :member, :group, :relationship, :first, :last, :birth, :sex,
                          :line1, :line2, :city, :state, :zip)""")
                .bind("patient", patientId)
                .bind("payer", record.payerId().get())
                .bind("member", patient.memberId().orElse(null))
                .bind("group", patient.groupNumber().orElse(null))
                .bind("relationship", patient.relationship().name())
                .bind("first", subscriber.map(Person::firstName).orElse(null))
                .bind("last", subscriber.map(Person::lastName).orElse(null))
                .bind("birth", subscriber.map(person -> Date.valueOf(person.birthDate())).orElse(null))
                .bind("sex", subscriber.map(person -> person.sex().name()).orElse(null))
                .bind("line1", subscriber.map(person -> person.address().line1()).orElse(null))
                .bind("line2", subscriber.flatMap(person -> person.address().line2()).orElse(null))
                .bind("city", subscriber.map(person -> person.address().city()).orElse(null))
                .bind("state", subscriber.map(person -> person.address().state()).orElse(null))
                .bind("zip", subscriber.map(person -> person.address().zip()).orElse(null))
                .execute();
    }

    private static Stored<PatientRecord> row(ResultSet rs, StatementContext context) throws SQLException {
        Address address = new Address(rs.getString("address_line1"), Optional.ofNullable(rs.getString("address_line2")),
                rs.getString("city"), rs.getString("state"), rs.getString("zip"));
        Person person = new Person(rs.getString("first_name"), rs.getString("last_name"),
                rs.getDate("birth_date").toLocalDate(), Sex.valueOf(rs.getString("sex")), address);
        Optional<String> payer = Optional.ofNullable(rs.getString("payer_id"));
        Relationship relationship = payer.isPresent() ? Relationship.valueOf(rs.getString("relationship")) : Relationship.SELF;
        Optional<Person> subscriber = Optional.empty();
        if (rs.getString("subscriber_last_name") != null) {
            subscriber = Optional.of(new Person(rs.getString("subscriber_first_name"), rs.getString("subscriber_last_name"),
                    rs.getDate("subscriber_birth_date").toLocalDate(), Sex.valueOf(rs.getString("subscriber_sex")),
                    new Address(rs.getString("subscriber_line1"), Optional.ofNullable(rs.getString("subscriber_line2")),
                            rs.getString("subscriber_city"), rs.getString("subscriber_state"), rs.getString("subscriber_zip"))));
        }
        Patient patient = new Patient(person, rs.getString("account_number"), Optional.ofNullable(rs.getString("member_id")),
                Optional.ofNullable(rs.getString("group_number")), relationship, subscriber, Optional.empty());
        long therapist = rs.getLong("therapist_id");
        Optional<Long> therapistId = rs.wasNull() ? Optional.empty() : Optional.of(therapist);
        return new Stored<>(rs.getLong("id"), rs.getInt("version"),
                new PatientRecord(rs.getLong("practice_id"), patient, payer, therapistId));
    }
}

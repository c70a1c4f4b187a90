package dev.cleanclaim.store;

import dev.cleanclaim.core.patient.Coverage;
import dev.cleanclaim.core.patient.MedicareSecondaryType;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.patient.Person;
import dev.cleanclaim.core.patient.Relationship;
import dev.cleanclaim.core.patient.Sex;
import dev.cleanclaim.core.practice.Address;
import org.jdbi.v3.core.Handle;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The insurance table: a patient's policies, one row each, priority 1 the primary and 2 the secondary. Both are
 * joined to the patient row in one query, each column named with a prefix saying whose it is.
 */
final class InsuranceRows {

    static final int PRIMARY = 1;
    static final int SECONDARY = 2;

    private static final String[] COLUMNS = {"payer_id", "member_id", "group_number", "relationship",
            "subscriber_first_name", "subscriber_last_name", "subscriber_birth_date", "subscriber_sex",
            "subscriber_line1", "subscriber_line2", "subscriber_city", "subscriber_state", "subscriber_zip",
            "medicare_secondary_type"};

    /**
     * One policy as a row holds it. The primary's member id may be missing (entered before the card is at hand);
     * a secondary's never is.
     */
    record Policy(String payerId, Optional<String> memberId, Optional<String> groupNumber, Relationship relationship,
                  Optional<Person> subscriber, Optional<MedicareSecondaryType> medicareSecondary) {

        static Policy primary(String payerId, Patient patient) {
            return new Policy(payerId, patient.memberId(), patient.groupNumber(), patient.relationship(),
                    patient.subscriber(), Optional.empty());
        }

        static Policy of(Coverage coverage) {
            return new Policy(coverage.payerId(), Optional.of(coverage.memberId()), coverage.groupNumber(),
                    coverage.relationship(), coverage.subscriber(), coverage.medicareSecondary());
        }

        Coverage coverage() {
            return new Coverage(payerId, memberId.orElseThrow(), groupNumber, relationship, subscriber, medicareSecondary);
        }
    }

    private InsuranceRows() {
    }

    /** The select list of the insurance row joined as {@code alias}, every column named {@code prefix + column}. */
    static String columns(String alias, String prefix) {
        StringBuilder list = new StringBuilder();
        for (String column : COLUMNS) {
            list.append(list.isEmpty() ? "" : ", ").append(alias).append('.').append(column)
                    .append(" AS ").append(prefix).append(column);
        }
        return list.toString();
    }

    static void insert(Handle handle, long patientId, int priority, Policy policy) {
        Optional<Person> subscriber = policy.subscriber();
        handle.createUpdate("""
                        INSERT INTO insurance (patient_id, priority, payer_id, member_id, group_number, relationship,
                          subscriber_first_name, subscriber_last_name, subscriber_birth_date, subscriber_sex,
                          subscriber_line1, subscriber_line2, subscriber_city, subscriber_state, subscriber_zip,
                          medicare_secondary_type)
                        VALUES (:patient, :priority, :payer, :member, :group, :relationship, :first, :last, :birth, :sex,
                          :line1, :line2, :city, :state, :zip, :msp)""")
                .bind("patient", patientId)
                .bind("priority", priority)
                .bind("payer", policy.payerId())
                .bind("member", policy.memberId().orElse(null))
                .bind("group", policy.groupNumber().orElse(null))
                .bind("relationship", policy.relationship().name())
                .bind("first", subscriber.map(Person::firstName).orElse(null))
                .bind("last", subscriber.map(Person::lastName).orElse(null))
                .bind("birth", subscriber.map(person -> Date.valueOf(person.birthDate())).orElse(null))
                .bind("sex", subscriber.map(person -> person.sex().name()).orElse(null))
                .bind("line1", subscriber.map(person -> person.address().line1()).orElse(null))
                .bind("line2", subscriber.flatMap(person -> person.address().line2()).orElse(null))
                .bind("city", subscriber.map(person -> person.address().city()).orElse(null))
                .bind("state", subscriber.map(person -> person.address().state()).orElse(null))
                .bind("zip", subscriber.map(person -> person.address().zip()).orElse(null))
                .bind("msp", policy.medicareSecondary().map(MedicareSecondaryType::x12Code).orElse(null))
                .execute();
    }

    /** The policy whose columns carry {@code prefix}; empty when the patient has no row of that priority. */
    static Optional<Policy> read(ResultSet rs, String prefix) throws SQLException {
        String payer = rs.getString(prefix + "payer_id");
        if (payer == null) {
            return Optional.empty();
        }
        Optional<Person> subscriber = Optional.empty();
        if (rs.getString(prefix + "subscriber_last_name") != null) {
            subscriber = Optional.of(new Person(rs.getString(prefix + "subscriber_first_name"),
                    rs.getString(prefix + "subscriber_last_name"), rs.getDate(prefix + "subscriber_birth_date").toLocalDate(),
                    Sex.valueOf(rs.getString(prefix + "subscriber_sex")),
                    new Address(rs.getString(prefix + "subscriber_line1"),
                            Optional.ofNullable(rs.getString(prefix + "subscriber_line2")),
                            rs.getString(prefix + "subscriber_city"), rs.getString(prefix + "subscriber_state"),
                            rs.getString(prefix + "subscriber_zip"))));
        }
        return Optional.of(new Policy(payer, Optional.ofNullable(rs.getString(prefix + "member_id")),
                Optional.ofNullable(rs.getString(prefix + "group_number")),
                Relationship.valueOf(rs.getString(prefix + "relationship")), subscriber,
                Optional.ofNullable(rs.getString(prefix + "medicare_secondary_type")).map(code ->
                        MedicareSecondaryType.ofX12Code(code).orElseThrow(() -> new IllegalStateException(
                                "insurance row holds an unknown Medicare Secondary Payer type " + code)))));
    }
}

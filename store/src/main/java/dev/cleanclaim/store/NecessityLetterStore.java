package dev.cleanclaim.store;

import dev.cleanclaim.core.letter.NecessityLetter;
import dev.cleanclaim.core.letter.Physician;
import dev.cleanclaim.core.practice.Address;
import org.jdbi.v3.core.Jdbi;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Letters of medical necessity on file for each client; a letter is only ever added (a renewal is a new one). */
public final class NecessityLetterStore {

    /** The widths of migration V25; the app's reader checks them first and names the field. */
    public static final int NAME = 60;
    public static final int CREDENTIAL = 20;
    public static final int ADDRESS_LINE = 55;
    public static final int CITY = 30;
    public static final int DIAGNOSES = 120;
    public static final int CONDITION = 400;
    public static final int TREATMENT = 200;
    public static final int TERM = 80;

    private final Jdbi jdbi;
    private final Clock clock;

    NecessityLetterStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The letter and its audit row, in one transaction. */
    public Stored<NecessityLetter> create(long patientId, NecessityLetter letter, AuditNote note) {
        Physician physician = letter.physician();
        Address address = physician.address();
        long id = jdbi.inTransaction(handle -> {
            long made = handle.createUpdate("""
                        INSERT INTO necessity_letter (patient_id, issued_on, valid_from, valid_through,
                            physician_first_name, physician_last_name, physician_credential, physician_npi,
                            physician_line1, physician_line2, physician_city, physician_state, physician_zip,
                            physician_phone, diagnoses, condition_treated, treatment, frequency, duration,
                            created_at, created_by)
                        VALUES (:patient, :issued, :from, :through, :first, :last, :credential, :npi, :line1, :line2,
                            :city, :state, :zip, :phone, :diagnoses, :condition, :treatment, :frequency, :duration,
                            :now, :user)""")
                    .bind("patient", patientId).bind("issued", Date.valueOf(letter.issuedOn()))
                    .bind("from", Date.valueOf(letter.validFrom())).bind("through", Date.valueOf(letter.validThrough()))
                    .bind("first", Columns.fit("physician.firstName", physician.firstName(), NAME))
                    .bind("last", Columns.fit("physician.lastName", physician.lastName(), NAME))
                    .bind("credential", Columns.fit("physician.credential", physician.credential(), CREDENTIAL))
                    .bind("npi", Columns.fit("physician.npi", physician.npi(), 10))
                    .bind("line1", Columns.fit("physician.address.line1", address.line1(), ADDRESS_LINE))
                    .bind("line2", Columns.fit("physician.address.line2", address.line2(), ADDRESS_LINE))
                    .bind("city", Columns.fit("physician.address.city", address.city(), CITY))
                    .bind("state", Columns.fit("physician.address.state", address.state(), 2))
                    .bind("zip", Columns.fit("physician.address.zip", address.zip(), 9))
                    .bind("phone", Columns.fit("physician.phone", physician.phone(), 10))
                    .bind("diagnoses", Columns.fit("diagnoses", String.join(",", letter.diagnoses()), DIAGNOSES))
                    .bind("condition", Columns.fit("condition", letter.condition(), CONDITION))
                    .bind("treatment", Columns.fit("treatment", letter.treatment(), TREATMENT))
                    .bind("frequency", Columns.fit("frequency", letter.frequency(), TERM))
                    .bind("duration", Columns.fit("duration", letter.duration(), TERM))
                    .bind("now", Timestamp.from(clock.instant())).bind("user", note.user())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            AuditLog.insert(handle, clock, note, "necessity-letter", made);
            return made;
        });
        return new Stored<>(id, 0, letter);
    }

    /** The client's letters, the newest period first. */
    public List<Stored<NecessityLetter>> forPatient(long patientId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM necessity_letter WHERE patient_id = :patient
                        ORDER BY valid_from DESC, id DESC""")
                .bind("patient", patientId).map((rs, ctx) -> new Stored<>(rs.getLong("id"), 0, letter(rs))).list());
    }

    /** One letter of the client's; empty when the id names no letter of theirs. */
    public Optional<Stored<NecessityLetter>> find(long patientId, long letterId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM necessity_letter WHERE patient_id = :patient AND id = :id")
                .bind("patient", patientId).bind("id", letterId)
                .map((rs, ctx) -> new Stored<>(rs.getLong("id"), 0, letter(rs))).findOne());
    }

    /** The client a letter is kept with; empty when no letter has the id. */
    public Optional<Long> patientOf(long letterId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT patient_id FROM necessity_letter WHERE id = :id")
                .bind("id", letterId).mapTo(Long.class).findOne());
    }

    private static NecessityLetter letter(ResultSet rs) throws SQLException {
        Address address = new Address(rs.getString("physician_line1"), Optional.ofNullable(rs.getString("physician_line2")),
                rs.getString("physician_city"), rs.getString("physician_state"), rs.getString("physician_zip"));
        Physician physician = new Physician(rs.getString("physician_first_name"), rs.getString("physician_last_name"),
                rs.getString("physician_credential"), rs.getString("physician_npi"), address, rs.getString("physician_phone"));
        return new NecessityLetter(rs.getDate("issued_on").toLocalDate(), rs.getDate("valid_from").toLocalDate(),
                rs.getDate("valid_through").toLocalDate(), physician,
                Arrays.asList(rs.getString("diagnoses").split(",")), rs.getString("condition_treated"),
                rs.getString("treatment"), rs.getString("frequency"), rs.getString("duration"));
    }
}

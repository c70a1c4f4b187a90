package dev.cleanclaim.store;

import dev.cleanclaim.core.account.PatientPayment;
import dev.cleanclaim.core.money.Money;
import org.jdbi.v3.core.Jdbi;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** What patients paid the practice directly; payments are only ever added (a refund is recorded by the bank, not here). */
public final class PatientPaymentStore {

    private final Jdbi jdbi;
    private final Clock clock;

    PatientPaymentStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public Stored<PatientPayment> record(long patientId, PatientPayment payment, String user) {
        return record(patientId, payment, user, Optional.empty());
    }

    /** A payment and its audit row, in one transaction. */
    public Stored<PatientPayment> record(long patientId, PatientPayment payment, String user, AuditNote note) {
        return record(patientId, payment, user, Optional.of(note));
    }

    private Stored<PatientPayment> record(long patientId, PatientPayment payment, String user, Optional<AuditNote> note) {
        long id = jdbi.inTransaction(handle -> {
            long made = handle.createUpdate("""
                        INSERT INTO patient_payment (patient_id, received_on, amount_cents, method, reference, created_at, created_by)
                        VALUES (:patient, :on, :amount, :method, :reference, :now, :user)""")
                .bind("patient", patientId).bind("on", Date.valueOf(payment.receivedOn()))
                .bind("amount", payment.amount().cents()).bind("method", payment.method().name())
                .bind("reference", payment.reference().orElse(null)).bind("now", Timestamp.from(clock.instant()))
                .bind("user", user).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            note.ifPresent(audit -> AuditLog.insert(handle, clock, audit, "patient-payment", made));
            return made;
        });
        return new Stored<>(id, 0, payment);
    }

    public List<Stored<PatientPayment>> forPatient(long patientId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM patient_payment WHERE patient_id = :patient ORDER BY received_on, id")
                .bind("patient", patientId)
                .map((rs, ctx) -> new Stored<>(rs.getLong("id"), 0, new PatientPayment(rs.getDate("received_on").toLocalDate(),
                        new Money(rs.getLong("amount_cents")), PatientPayment.Method.valueOf(rs.getString("method")),
                        Optional.ofNullable(rs.getString("reference")))))
                .list());
    }
}

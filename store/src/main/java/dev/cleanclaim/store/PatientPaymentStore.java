package dev.cleanclaim.store;

import dev.cleanclaim.core.account.PatientPayment;
import dev.cleanclaim.core.account.PaymentLedgerEntry;
import dev.cleanclaim.core.money.Money;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What patients paid the practice directly, and what was given back. Nothing is deleted or overwritten: a payment
 * entered by mistake is voided (the row stays, marked with who, when and why), money given back is a refund row linked
 * to its payment, and every change carries its audit row in its own transaction.
 */
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

    /** A payment with the last four digits of the card it was paid with, and its audit row, in one transaction. */
    public Stored<PatientPayment> record(long patientId, PatientPayment payment, Optional<String> cardLastFour, String user,
                                         AuditNote note) {
        return record(patientId, payment, cardLastFour, user, Optional.of(note));
    }

    private Stored<PatientPayment> record(long patientId, PatientPayment payment, String user, Optional<AuditNote> note) {
        return record(patientId, payment, Optional.empty(), user, note);
    }

    private Stored<PatientPayment> record(long patientId, PatientPayment payment, Optional<String> cardLastFour,
                                          String user, Optional<AuditNote> note) {
        long id = jdbi.inTransaction(handle -> {
            long made = handle.createUpdate("""
                        INSERT INTO patient_payment (patient_id, received_on, amount_cents, method, reference, card_last_four,
                                                     created_at, created_by)
                        VALUES (:patient, :on, :amount, :method, :reference, :card, :now, :user)""")
                .bind("patient", patientId).bind("on", Date.valueOf(payment.receivedOn()))
                .bind("amount", payment.amount().cents()).bind("method", payment.method().name())
                .bind("reference", payment.reference().orElse(null)).bind("card", cardLastFour.orElse(null))
                .bind("now", Timestamp.from(clock.instant()))
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

    /** Every payment of the patient as taken, with its void and refunds, oldest first. */
    public List<PaymentLedgerEntry> ledger(long patientId) {
        return jdbi.withHandle(handle -> {
            Map<Long, List<PaymentLedgerEntry.Refund>> refunds = new HashMap<>();
            handle.createQuery("""
                        SELECT r.* FROM patient_refund r JOIN patient_payment p ON p.id = r.payment_id
                        WHERE p.patient_id = :patient ORDER BY r.refunded_on, r.id""")
                    .bind("patient", patientId)
                    .map((rs, ctx) -> Map.entry(rs.getLong("payment_id"), new PaymentLedgerEntry.Refund(rs.getLong("id"),
                            rs.getDate("refunded_on").toLocalDate(), new Money(rs.getLong("amount_cents")),
                            PatientPayment.Method.valueOf(rs.getString("method")), rs.getString("reason"),
                            rs.getString("created_by"))))
                    .forEach(entry -> refunds.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(entry.getValue()));
            return handle.createQuery("SELECT * FROM patient_payment WHERE patient_id = :patient ORDER BY received_on, id")
                    .bind("patient", patientId)
                    .map((rs, ctx) -> {
                        long id = rs.getLong("id");
                        Timestamp voidedAt = rs.getTimestamp("voided_at");
                        Optional<PaymentLedgerEntry.Voided> voided = voidedAt == null ? Optional.empty()
                                : Optional.of(new PaymentLedgerEntry.Voided(voidedAt.toInstant(), rs.getString("voided_by"),
                                rs.getString("void_reason")));
                        return new PaymentLedgerEntry(id, new PatientPayment(rs.getDate("received_on").toLocalDate(),
                                new Money(rs.getLong("amount_cents")), PatientPayment.Method.valueOf(rs.getString("method")),
                                Optional.ofNullable(rs.getString("reference"))),
                                Optional.ofNullable(rs.getString("card_last_four")), voided,
                                refunds.getOrDefault(id, List.of()));
                    })
                    .list();
        });
    }

    /**
     * Voids a payment entered by mistake: it stays on the record, marked with who, when and why, and counts for
     * nothing. A payment voided already or refunded in part is refused, and nothing changes.
     */
    public PaymentChange voidPayment(long patientId, long paymentId, String reason, String user, AuditNote note) {
        return jdbi.inTransaction(handle -> {
            Optional<Held> held = hold(handle, patientId, paymentId);
            if (held.isEmpty()) {
                return new PaymentChange.NotFound(paymentId);
            }
            if (held.get().voided()) {
                return new PaymentChange.AlreadyVoided(paymentId);
            }
            if (held.get().refunded().cents() > 0) {
                return new PaymentChange.PartlyRefunded(paymentId, held.get().refunded());
            }
            handle.createUpdate("""
                        UPDATE patient_payment SET voided_at = :now, voided_by = :user, void_reason = :reason
                        WHERE id = :id AND voided_at IS NULL""")
                    .bind("now", Timestamp.from(clock.instant())).bind("user", user).bind("reason", reason)
                    .bind("id", paymentId).execute();
            AuditLog.insert(handle, clock, note, "patient-payment", paymentId);
            return new PaymentChange.Done(paymentId);
        });
    }

    /**
     * Gives money back from a payment: a refund row linked to it, never more in all than the payment, and none from a
     * voided payment; refused otherwise, and nothing changes.
     */
    public PaymentChange refund(long patientId, long paymentId, java.time.LocalDate refundedOn, Money amount,
                                PatientPayment.Method method, String reason, String user, AuditNote note) {
        return jdbi.inTransaction(handle -> {
            Optional<Held> held = hold(handle, patientId, paymentId);
            if (held.isEmpty()) {
                return new PaymentChange.NotFound(paymentId);
            }
            if (held.get().voided()) {
                return new PaymentChange.AlreadyVoided(paymentId);
            }
            Money remaining = held.get().amount().minus(held.get().refunded());
            if (amount.compareTo(remaining) > 0) {
                return new PaymentChange.MoreThanRemains(paymentId, remaining);
            }
            long refundId = handle.createUpdate("""
                        INSERT INTO patient_refund (payment_id, refunded_on, amount_cents, method, reason, created_at, created_by)
                        VALUES (:payment, :on, :amount, :method, :reason, :now, :user)""")
                    .bind("payment", paymentId).bind("on", Date.valueOf(refundedOn)).bind("amount", amount.cents())
                    .bind("method", method.name()).bind("reason", reason).bind("now", Timestamp.from(clock.instant()))
                    .bind("user", user).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            AuditLog.insert(handle, clock, note, "patient-refund", refundId);
            return new PaymentChange.Done(paymentId);
        });
    }

    /** The payment's row, locked until the transaction ends so two refunds at once cannot together exceed it. */
    private static Optional<Held> hold(Handle handle, long patientId, long paymentId) {
        Optional<Held> payment = handle.createQuery("""
                    SELECT amount_cents, voided_at FROM patient_payment WHERE id = :id AND patient_id = :patient FOR UPDATE""")
                .bind("id", paymentId).bind("patient", patientId)
                .map((rs, ctx) -> new Held(new Money(rs.getLong("amount_cents")), rs.getTimestamp("voided_at") != null,
                        Money.ZERO))
                .findOne();
        return payment.map(found -> new Held(found.amount(), found.voided(), new Money(handle.createQuery(
                        "SELECT COALESCE(SUM(amount_cents), 0) FROM patient_refund WHERE payment_id = :id")
                .bind("id", paymentId).mapTo(Long.class).one())));
    }

    private record Held(Money amount, boolean voided, Money refunded) {
    }
}

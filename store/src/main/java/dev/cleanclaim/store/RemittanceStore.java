package dev.cleanclaim.store;

import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.remit.Adjustment;
import dev.cleanclaim.core.remit.AdjustmentGroup;
import dev.cleanclaim.core.remit.ClaimPayment;
import dev.cleanclaim.core.remit.ClaimPaymentStatus;
import dev.cleanclaim.core.remit.ProviderAdjustment;
import dev.cleanclaim.core.remit.Remittance;
import dev.cleanclaim.core.remit.ServicePayment;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Remittances as received and what was posted from them. A remittance is stored whole, every claim payment in it
 * either posted to a claim or queued with its reason, in one transaction with the claim status moves it makes:
 * all of it is written, or none.
 */
public final class RemittanceStore {

    private static final String PAYMENTS = """
            SELECT cp.*, r.payer_name, r.trace_number, r.payment_date FROM claim_payment cp
            JOIN remittance r ON r.id = cp.remittance_id""";

    private final Jdbi jdbi;
    private final Clock clock;
    private final ClaimStore claims;

    RemittanceStore(Jdbi jdbi, Clock clock, ClaimStore claims) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.claims = claims;
    }

    /** The stored remittance of the payer's payment with this trace number, if there is one. */
    public Optional<Long> findPayment(String payerId, String traceNumber) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT id FROM remittance WHERE payer_identifier = :payer AND trace_number = :trace")
                .bind("payer", payerId).bind("trace", traceNumber).mapTo(Long.class).findOne());
    }

    /**
     * Records a remittance with one posting per claim payment, in the remittance's order.
     *
     * @param postings parallel to {@code remittance.claims()}
     */
    public Recorded record(Remittance remittance, String fileName, String user, List<Posting> postings) {
        if (postings.size() != remittance.claims().size()) {
            throw new IllegalArgumentException("one posting per claim payment");
        }
        try {
            return jdbi.inTransaction(handle -> {
                Optional<Long> existing = handle.createQuery(
                                "SELECT id FROM remittance WHERE payer_identifier = :payer AND trace_number = :trace")
                        .bind("payer", remittance.payerId()).bind("trace", remittance.traceNumber())
                        .mapTo(Long.class).findOne();
                if (existing.isPresent()) {
                    return new Recorded.AlreadyImported(existing.get());
                }
                long id = insertRemittance(handle, remittance, fileName, user);
                for (int i = 0; i < postings.size(); i++) {
                    insertPayment(handle, id, i, remittance.claims().get(i), postings.get(i), user);
                }
                List<ProviderAdjustment> adjustments = remittance.providerAdjustments();
                for (int i = 0; i < adjustments.size(); i++) {
                    insertProviderAdjustment(handle, id, i, adjustments.get(i));
                }
                return new Recorded.Saved(id);
            });
        } catch (MoveRefused refused) {
            return new Recorded.Conflict(refused.claimId);
        }
    }

    /** Posts a queued payment to a claim someone chose; false when it was posted already (by another user). */
    public Recorded post(long claimPaymentId, Posting.ToClaim posting, String user) {
        try {
            return jdbi.inTransaction(handle -> {
                int changed = handle.createUpdate("""
                                UPDATE claim_payment SET claim_id = :claim, unmatched_reason = NULL, posted_at = :now, posted_by = :user
                                WHERE id = :id AND claim_id IS NULL""")
                        .bind("claim", posting.claimId()).bind("now", Timestamp.from(clock.instant())).bind("user", user)
                        .bind("id", claimPaymentId).execute();
                if (changed == 0) {
                    throw new MoveRefused(posting.claimId());
                }
                List<Long> lines = handle.createQuery(
                                "SELECT id FROM service_payment WHERE claim_payment_id = :id ORDER BY position")
                        .bind("id", claimPaymentId).mapTo(Long.class).list();
                for (int i = 0; i < lines.size() && i < posting.lineNumbers().size(); i++) {
                    handle.createUpdate("UPDATE service_payment SET line_number = :line WHERE id = :id")
                            .bind("line", posting.lineNumbers().get(i).orElse(null)).bind("id", lines.get(i)).execute();
                }
                move(handle, posting.moves(), user);
                long remittanceId = handle.createQuery("SELECT remittance_id FROM claim_payment WHERE id = :id")
                        .bind("id", claimPaymentId).mapTo(Long.class).one();
                return new Recorded.Saved(remittanceId);
            });
        } catch (MoveRefused refused) {
            return new Recorded.Conflict(refused.claimId);
        }
    }

    public List<RemittanceSummary> summaries(int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT r.*, (SELECT COUNT(*) FROM claim_payment cp WHERE cp.remittance_id = r.id) AS claims,
                          (SELECT COUNT(*) FROM claim_payment cp WHERE cp.remittance_id = r.id AND cp.claim_id IS NULL) AS unmatched
                        FROM remittance r ORDER BY r.received_at DESC, r.id DESC LIMIT :limit""")
                .bind("limit", limit).map((rs, ctx) -> summary(rs)).list());
    }

    public Optional<RemittanceSummary> summary(long id) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT r.*, (SELECT COUNT(*) FROM claim_payment cp WHERE cp.remittance_id = r.id) AS claims,
                          (SELECT COUNT(*) FROM claim_payment cp WHERE cp.remittance_id = r.id AND cp.claim_id IS NULL) AS unmatched
                        FROM remittance r WHERE r.id = :id""")
                .bind("id", id).map((rs, ctx) -> summary(rs)).findOne());
    }

    /** The claim payments of one remittance, in its order. */
    public List<PostedPayment> payments(long remittanceId) {
        return jdbi.withHandle(handle -> payments(handle, PAYMENTS + " WHERE cp.remittance_id = :key ORDER BY cp.position",
                remittanceId));
    }

    public List<ProviderAdjustment> providerAdjustments(long remittanceId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM provider_adjustment WHERE remittance_id = :id ORDER BY position")
                .bind("id", remittanceId)
                .map((rs, ctx) -> new ProviderAdjustment(rs.getString("provider_identifier"),
                        rs.getDate("fiscal_period_end").toLocalDate(), rs.getString("reason_code"),
                        Optional.ofNullable(rs.getString("reference")), new Money(rs.getLong("amount_cents"))))
                .list());
    }

    /** Everything posted to a claim, oldest first: payments, denials, reversals. */
    public List<PostedPayment> forClaim(long claimId) {
        return jdbi.withHandle(handle -> payments(handle,
                PAYMENTS + " WHERE cp.claim_id = :key ORDER BY r.payment_date, cp.id", claimId));
    }

    public Optional<PostedPayment> payment(long claimPaymentId) {
        return jdbi.withHandle(handle -> payments(handle, PAYMENTS + " WHERE cp.id = :key", claimPaymentId))
                .stream().findFirst();
    }

    /** The claim payments that wait for a person: matched to none of our claims, each with its reason. */
    public List<PostedPayment> unmatched() {
        return jdbi.withHandle(handle -> payments(handle,
                PAYMENTS + " WHERE cp.claim_id IS NULL ORDER BY cp.id", null));
    }

    /** How many claim payments wait in the queue, counted without loading them. */
    public int unmatchedCount() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM claim_payment WHERE claim_id IS NULL")
                .mapTo(Integer.class).one());
    }

    private long insertRemittance(Handle handle, Remittance remittance, String fileName, String user) {
        return handle.createUpdate("""
                        INSERT INTO remittance (payer_identifier, trace_number, payer_name, payee_name, payee_identifier,
                          payment_method, payment_date, total_paid_cents, file_name, received_at, received_by)
                        VALUES (:payerId, :trace, :payer, :payee, :payeeId, :method, :date, :total, :file, :now, :user)""")
                .bind("payerId", remittance.payerId()).bind("trace", remittance.traceNumber())
                .bind("payer", clip(remittance.payerName(), 60)).bind("payee", clip(remittance.payeeName(), 60))
                .bind("payeeId", remittance.payeeId()).bind("method", remittance.method())
                .bind("date", Date.valueOf(remittance.paymentDate())).bind("total", remittance.totalPaid().cents())
                .bind("file", clip(fileName, 200)).bind("now", Timestamp.from(clock.instant())).bind("user", user)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private void insertPayment(Handle handle, long remittanceId, int position, ClaimPayment payment, Posting posting,
                               String user) {
        Optional<Long> claimId = posting instanceof Posting.ToClaim toClaim ? Optional.of(toClaim.claimId()) : Optional.empty();
        Optional<String> reason = posting instanceof Posting.Queued queued ? Optional.of(queued.reason()) : Optional.empty();
        long id = handle.createUpdate("""
                        INSERT INTO claim_payment (remittance_id, position, claim_id, patient_control_number, status_code,
                          charge_cents, paid_cents, patient_responsibility_cents, payer_claim_number, patient_name, remarks,
                          unmatched_reason, posted_at, posted_by)
                        VALUES (:remittance, :position, :claim, :pcn, :status, :charge, :paid, :patient, :payerClaim, :name,
                          :remarks, :reason, :postedAt, :postedBy)""")
                .bind("remittance", remittanceId).bind("position", position).bind("claim", claimId.orElse(null))
                .bind("pcn", payment.patientControlNumber()).bind("status", payment.status().code())
                .bind("charge", payment.charge().cents()).bind("paid", payment.paid().cents())
                .bind("patient", payment.patientResponsibility().cents())
                .bind("payerClaim", payment.payerClaimNumber().orElse(null))
                .bind("name", payment.patientName().map(name -> clip(name, 100)).orElse(null))
                .bind("remarks", String.join(" ", payment.remarks())).bind("reason", reason.map(text -> clip(text, 400)).orElse(null))
                .bind("postedAt", claimId.isPresent() ? Timestamp.from(clock.instant()) : null)
                .bind("postedBy", claimId.isPresent() ? user : null)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        insertAdjustments(handle, id, null, payment.adjustments());
        List<Optional<Integer>> lineNumbers = posting instanceof Posting.ToClaim toClaim ? toClaim.lineNumbers() : List.of();
        for (int i = 0; i < payment.lines().size(); i++) {
            ServicePayment line = payment.lines().get(i);
            Optional<Integer> lineNumber = i < lineNumbers.size() ? lineNumbers.get(i) : Optional.empty();
            long lineId = handle.createUpdate("""
                            INSERT INTO service_payment (claim_payment_id, position, line_number, line_control_number,
                              procedure_code, modifiers, charge_cents, paid_cents, allowed_cents, units, service_date, remarks)
                            VALUES (:payment, :position, :line, :control, :code, :modifiers, :charge, :paid, :allowed,
                              :units, :date, :remarks)""")
                    .bind("payment", id).bind("position", i).bind("line", lineNumber.orElse(null))
                    .bind("control", line.lineControlNumber().orElse(null)).bind("code", line.procedureCode())
                    .bind("modifiers", String.join(" ", line.modifiers())).bind("charge", line.charge().cents())
                    .bind("paid", line.paid().cents()).bind("allowed", line.allowed().map(Money::cents).orElse(null))
                    .bind("units", line.units().orElse(null))
                    .bind("date", line.serviceDate().map(Date::valueOf).orElse(null))
                    .bind("remarks", String.join(" ", line.remarks()))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            insertAdjustments(handle, id, lineId, line.adjustments());
        }
        if (posting instanceof Posting.ToClaim toClaim) {
            move(handle, toClaim.moves(), user);
        }
    }

    private void move(Handle handle, List<Posting.StatusMove> moves, String user) {
        for (Posting.StatusMove move : moves) {
            Transition transition = claims.move(handle, move.claimId(), move.expectedVersion(), move.target(), user,
                    Optional.of(move.note()));
            if (!(transition instanceof Transition.Moved)) {
                throw new MoveRefused(move.claimId());
            }
        }
    }

    private static void insertAdjustments(Handle handle, long paymentId, Long lineId, List<Adjustment> adjustments) {
        for (int i = 0; i < adjustments.size(); i++) {
            Adjustment adjustment = adjustments.get(i);
            handle.createUpdate("""
                            INSERT INTO payment_adjustment (claim_payment_id, service_payment_id, position, group_code,
                              reason_code, amount_cents, quantity)
                            VALUES (:payment, :line, :position, :group, :reason, :amount, :quantity)""")
                    .bind("payment", paymentId).bind("line", lineId).bind("position", i)
                    .bind("group", adjustment.group().name()).bind("reason", adjustment.reason())
                    .bind("amount", adjustment.amount().cents()).bind("quantity", adjustment.quantity().orElse(null))
                    .execute();
        }
    }

    private static void insertProviderAdjustment(Handle handle, long remittanceId, int position, ProviderAdjustment adjustment) {
        handle.createUpdate("""
                        INSERT INTO provider_adjustment (remittance_id, position, provider_identifier, fiscal_period_end,
                          reason_code, reference, amount_cents)
                        VALUES (:remittance, :position, :provider, :period, :reason, :reference, :amount)""")
                .bind("remittance", remittanceId).bind("position", position).bind("provider", adjustment.providerId())
                .bind("period", Date.valueOf(adjustment.fiscalPeriodEnd())).bind("reason", adjustment.reason())
                .bind("reference", adjustment.reference().orElse(null)).bind("amount", adjustment.amount().cents())
                .execute();
    }

    private static List<PostedPayment> payments(Handle handle, String sql, Long key) {
        List<PostedPayment> payments = new ArrayList<>();
        var query = handle.createQuery(sql);
        if (key != null) {
            query.bind("key", key);
        }
        List<PaymentRow> rows = query.map((rs, ctx) -> paymentRow(rs)).list();
        for (PaymentRow row : rows) {
            List<Adjustment> claimLevel = new ArrayList<>();
            List<List<Adjustment>> byLine = new ArrayList<>();
            List<LineRow> lines = handle.createQuery(
                            "SELECT * FROM service_payment WHERE claim_payment_id = :id ORDER BY position")
                    .bind("id", row.id).map((rs, ctx) -> lineRow(rs)).list();
            lines.forEach(line -> byLine.add(new ArrayList<>()));
            handle.createQuery("SELECT * FROM payment_adjustment WHERE claim_payment_id = :id ORDER BY position")
                    .bind("id", row.id).map((rs, ctx) -> {
                        Adjustment adjustment = new Adjustment(AdjustmentGroup.valueOf(rs.getString("group_code")),
                                rs.getString("reason_code"), new Money(rs.getLong("amount_cents")),
                                Optional.ofNullable(rs.getBigDecimal("quantity")).map(BigDecimal::stripTrailingZeros));
                        long lineId = rs.getLong("service_payment_id");
                        boolean onLine = !rs.wasNull();
                        return new Object[]{adjustment, onLine ? lineId : null};
                    }).forEach(pair -> {
                        Adjustment adjustment = (Adjustment) pair[0];
                        if (pair[1] == null) {
                            claimLevel.add(adjustment);
                        } else {
                            for (int i = 0; i < lines.size(); i++) {
                                if (lines.get(i).id == (Long) pair[1]) {
                                    byLine.get(i).add(adjustment);
                                }
                            }
                        }
                    });
            List<ServicePayment> servicePayments = new ArrayList<>();
            List<Optional<Integer>> lineNumbers = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                LineRow line = lines.get(i);
                servicePayments.add(new ServicePayment(line.code, words(line.modifiers), line.charge, line.paid,
                        line.units, line.control, line.date, line.allowed, byLine.get(i), words(line.remarks)));
                lineNumbers.add(line.lineNumber);
            }
            ClaimPayment payment = new ClaimPayment(row.pcn, ClaimPaymentStatus.parse(row.status).orElseThrow(),
                    row.charge, row.paid, row.patient, row.payerClaim, row.patientName, claimLevel, words(row.remarks),
                    servicePayments);
            payments.add(new PostedPayment(row.id, row.remittanceId, row.payerName, row.trace, row.paymentDate,
                    row.claimId, row.reason, payment, lineNumbers));
        }
        return payments;
    }

    private record PaymentRow(long id, long remittanceId, String payerName, String trace, LocalDate paymentDate,
                              Optional<Long> claimId, Optional<String> reason, String pcn, String status, Money charge,
                              Money paid, Money patient, Optional<String> payerClaim, Optional<String> patientName,
                              String remarks) {
    }

    private record LineRow(long id, Optional<Integer> lineNumber, Optional<String> control, String code, String modifiers,
                           Money charge, Money paid, Optional<Money> allowed, Optional<BigDecimal> units,
                           Optional<LocalDate> date, String remarks) {
    }

    private static PaymentRow paymentRow(ResultSet rs) throws SQLException {
        long claim = rs.getLong("claim_id");
        Optional<Long> claimId = rs.wasNull() ? Optional.empty() : Optional.of(claim);
        return new PaymentRow(rs.getLong("id"), rs.getLong("remittance_id"), rs.getString("payer_name"),
                rs.getString("trace_number"), rs.getDate("payment_date").toLocalDate(), claimId,
                Optional.ofNullable(rs.getString("unmatched_reason")), rs.getString("patient_control_number"),
                rs.getString("status_code"), new Money(rs.getLong("charge_cents")), new Money(rs.getLong("paid_cents")),
                new Money(rs.getLong("patient_responsibility_cents")), Optional.ofNullable(rs.getString("payer_claim_number")),
                Optional.ofNullable(rs.getString("patient_name")), rs.getString("remarks"));
    }

    private static LineRow lineRow(ResultSet rs) throws SQLException {
        int number = rs.getInt("line_number");
        Optional<Integer> lineNumber = rs.wasNull() ? Optional.empty() : Optional.of(number);
        long allowed = rs.getLong("allowed_cents");
        Optional<Money> allowedAmount = rs.wasNull() ? Optional.empty() : Optional.of(new Money(allowed));
        Date date = rs.getDate("service_date");
        return new LineRow(rs.getLong("id"), lineNumber, Optional.ofNullable(rs.getString("line_control_number")),
                rs.getString("procedure_code"), rs.getString("modifiers"), new Money(rs.getLong("charge_cents")),
                new Money(rs.getLong("paid_cents")), allowedAmount,
                Optional.ofNullable(rs.getBigDecimal("units")).map(BigDecimal::stripTrailingZeros),
                Optional.ofNullable(date).map(Date::toLocalDate), rs.getString("remarks"));
    }

    private static RemittanceSummary summary(ResultSet rs) throws SQLException {
        return new RemittanceSummary(rs.getLong("id"), rs.getString("payer_name"), rs.getString("payer_identifier"),
                rs.getString("trace_number"), rs.getDate("payment_date").toLocalDate(),
                new Money(rs.getLong("total_paid_cents")), rs.getString("payment_method"), rs.getString("payee_name"),
                rs.getString("file_name"), rs.getTimestamp("received_at").toInstant(), rs.getString("received_by"),
                rs.getInt("claims"), rs.getInt("unmatched"));
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.trim().split("\\s+"));
    }

    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    /** Thrown inside the transaction to roll it back when a claim moved since the posting was planned. */
    private static final class MoveRefused extends RuntimeException {
        private final long claimId;

        MoveRefused(long claimId) {
            super(null, null, false, false);
            this.claimId = claimId;
        }
    }
}

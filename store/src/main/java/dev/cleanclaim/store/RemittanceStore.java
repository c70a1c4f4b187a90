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
import org.jdbi.v3.core.statement.Query;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Ids per IN list when reading a page's lines and adjustments. */
    private static final int CHUNK = 500;

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
     * The payment stored under the payer's trace number, with what it said (amount, claim payments, provider
     * adjustments) so a file that comes again can be told from another payment under the same trace.
     */
    public Optional<PaymentContent.Stored> storedPayment(String payerId, String traceNumber) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT id, total_paid_cents, payment_date, received_at, file_name FROM remittance
                        WHERE payer_identifier = :payer AND trace_number = :trace""")
                .bind("payer", payerId).bind("trace", traceNumber)
                .map((rs, ctx) -> new Object[]{rs.getLong("id"), rs.getLong("total_paid_cents"),
                        rs.getDate("payment_date").toLocalDate(), rs.getTimestamp("received_at").toInstant(),
                        rs.getString("file_name")})
                .findOne()
                .map(row -> {
                    long id = (Long) row[0];
                    List<String> claimRows = handle.createQuery("""
                                    SELECT patient_control_number, status_code, charge_cents, paid_cents FROM claim_payment
                                    WHERE remittance_id = :id ORDER BY position""")
                            .bind("id", id)
                            .map((rs, ctx) -> PaymentContent.key(rs.getString("patient_control_number"),
                                    rs.getString("status_code"), new Money(rs.getLong("charge_cents")),
                                    new Money(rs.getLong("paid_cents"))))
                            .list();
                    List<Money> adjustments = handle.createQuery(
                                    "SELECT amount_cents FROM provider_adjustment WHERE remittance_id = :id ORDER BY position")
                            .bind("id", id).mapTo(Long.class).map(Money::new).list();
                    return new PaymentContent.Stored(id, new PaymentContent(new Money((Long) row[1]),
                            (LocalDate) row[2], claimRows, adjustments), (java.time.Instant) row[3], (String) row[4]);
                }));
    }

    /** One remittance of a file to record, with its postings and its audit row. */
    public record ToRecord(Remittance remittance, List<Posting> postings, AuditNote note) {
        public ToRecord {
            postings = List.copyOf(postings);
        }
    }

    /**
     * Records every remittance of one file in one transaction: all of them, or none (one file, one use case). A
     * payment stored meanwhile under one of the traces, or a claim moved since the postings were planned, writes
     * nothing and says so, for the caller to plan again.
     */
    public Recorded recordAll(String fileName, String user, List<ToRecord> remittances) {
        try {
            return jdbi.inTransaction(handle -> {
                List<Long> ids = new ArrayList<>();
                for (ToRecord each : remittances) {
                    Recorded recorded = recordIn(handle, each.remittance(), fileName, user, each.postings(),
                            Optional.of(each.note()));
                    if (recorded instanceof Recorded.AlreadyImported already) {
                        throw new StoredMeanwhile(already.remittanceId());
                    }
                    ids.add(((Recorded.Saved) recorded).remittanceId());
                }
                return new Recorded.SavedAll(ids);
            });
        } catch (ClaimMovedMeanwhile refused) {
            return new Recorded.Conflict(refused.claimId());
        } catch (StoredMeanwhile stored) {
            return new Recorded.AlreadyImported(stored.remittanceId);
        }
    }

    /** Rolls back a file's transaction when another import stored one of its payments first. */
    private static final class StoredMeanwhile extends RuntimeException {
        private final long remittanceId;

        StoredMeanwhile(long remittanceId) {
            super(null, null, false, false);
            this.remittanceId = remittanceId;
        }
    }

    /**
     * Records a remittance with one posting per claim payment, in the remittance's order.
     *
     * @param postings parallel to {@code remittance.claims()}
     */
    public Recorded record(Remittance remittance, String fileName, String user, List<Posting> postings) {
        return record(remittance, fileName, user, postings, Optional.empty());
    }

    /**
     * The same, with the import's audit rows written in its transaction: the remittance's, and one for each claim a
     * payment was posted to.
     */
    public Recorded record(Remittance remittance, String fileName, String user, List<Posting> postings, AuditNote note) {
        return record(remittance, fileName, user, postings, Optional.of(note));
    }

    private Recorded record(Remittance remittance, String fileName, String user, List<Posting> postings,
                            Optional<AuditNote> note) {
        try {
            return jdbi.inTransaction(handle -> recordIn(handle, remittance, fileName, user, postings, note));
        } catch (ClaimMovedMeanwhile refused) {
            return new Recorded.Conflict(refused.claimId());
        }
    }

    private Recorded recordIn(Handle handle, Remittance remittance, String fileName, String user, List<Posting> postings,
                              Optional<AuditNote> note) {
        if (postings.size() != remittance.claims().size()) {
            throw new IllegalArgumentException("one posting per claim payment");
        }
        Optional<Long> existing = handle.createQuery(
                        "SELECT id FROM remittance WHERE payer_identifier = :payer AND trace_number = :trace")
                .bind("payer", remittance.payerId()).bind("trace", remittance.traceNumber())
                .mapTo(Long.class).findOne();
        if (existing.isPresent()) {
            return new Recorded.AlreadyImported(existing.get());
        }
        long id = insertRemittance(handle, remittance, fileName, user);
        insertPayments(handle, id, remittance.claims(), postings, user);
        List<ProviderAdjustment> adjustments = remittance.providerAdjustments();
        for (int i = 0; i < adjustments.size(); i++) {
            insertProviderAdjustment(handle, id, i, adjustments.get(i));
        }
        note.ifPresent(audit -> {
            insertPostedClaimRows(handle, audit, id, postings);
            AuditLog.insert(handle, clock, audit, "remittance", id);
        });
        return new Recorded.Saved(id);
    }

    /**
     * A row naming each claim the remittance posted a payment to: posting writes the claim's payments and moves its
     * status, so "who changed claim N" finds the import as it finds an acknowledgment's answer. Queued payments touch
     * no claim and get none. One batch, as a payer's file may pay tens of thousands of claims.
     */
    private void insertPostedClaimRows(Handle handle, AuditNote importNote, long remittanceId, List<Posting> postings) {
        List<Long> claimIds = postings.stream().filter(Posting.ToClaim.class::isInstance)
                .map(posting -> ((Posting.ToClaim) posting).claimId()).distinct().toList();
        if (claimIds.isEmpty()) {
            return;
        }
        AuditNote posted = new AuditNote(importNote.user(), importNote.remoteAddress(), "update",
                Optional.of("835 payment posted from remittance " + remittanceId));
        AuditLog.insertAll(handle, clock, Collections.nCopies(claimIds.size(), posted), "claim", claimIds);
    }

    /** Posts a queued payment to a claim someone chose; a conflict when it was posted already (by another user). */
    public Recorded post(long claimPaymentId, Posting.ToClaim posting, String user) {
        return post(claimPaymentId, posting, user, Optional.empty(), Optional.empty());
    }

    /** The same, with the audit row of the claim's update written in its transaction. */
    public Recorded post(long claimPaymentId, Posting.ToClaim posting, String user, AuditNote note) {
        return post(claimPaymentId, posting, user, Optional.empty(), Optional.of(note));
    }

    /**
     * Posts a queued payment to a claim a biller chose, by hand; with the reason they gave for posting it although it
     * differs from the claim, which goes into the claim's history too.
     */
    public Recorded post(long claimPaymentId, Posting.ToClaim posting, String user, Optional<String> overrideReason) {
        return post(claimPaymentId, posting, user, overrideReason, Optional.empty());
    }

    /** The same, with the audit row of the claim's update written in its transaction. */
    public Recorded post(long claimPaymentId, Posting.ToClaim posting, String user, Optional<String> overrideReason,
                         AuditNote note) {
        return post(claimPaymentId, posting, user, overrideReason, Optional.of(note));
    }

    private Recorded post(long claimPaymentId, Posting.ToClaim posting, String user, Optional<String> overrideReason,
                          Optional<AuditNote> note) {
        try {
            return jdbi.inTransaction(handle -> {
                int changed = handle.createUpdate("""
                                UPDATE claim_payment SET claim_id = :claim, unmatched_reason = NULL, posted_at = :now,
                                  posted_by = :user, posted_by_hand = TRUE, override_reason = :override
                                WHERE id = :id AND claim_id IS NULL""")
                        .bind("claim", posting.claimId()).bind("now", Timestamp.from(clock.instant())).bind("user", user)
                        .bind("override", overrideReason.map(text -> clip(text, 400)).orElse(null))
                        .bind("id", claimPaymentId).execute();
                if (changed == 0) {
                    throw new ClaimMovedMeanwhile(posting.claimId());
                }
                List<Long> lines = handle.createQuery(
                                "SELECT id FROM service_payment WHERE claim_payment_id = :id ORDER BY position")
                        .bind("id", claimPaymentId).mapTo(Long.class).list();
                for (int i = 0; i < lines.size() && i < posting.lineNumbers().size(); i++) {
                    handle.createUpdate("UPDATE service_payment SET line_number = :line WHERE id = :id")
                            .bind("line", posting.lineNumbers().get(i).orElse(null)).bind("id", lines.get(i)).execute();
                }
                move(handle, posting.moves(), user);
                overrideReason.ifPresent(reason -> claims.note(handle, posting.claimId(), user,
                        "claim payment " + claimPaymentId + " posted by hand despite differences: " + reason));
                note.ifPresent(audit -> AuditLog.insert(handle, clock, audit, "claim", posting.claimId()));
                long remittanceId = handle.createQuery("SELECT remittance_id FROM claim_payment WHERE id = :id")
                        .bind("id", claimPaymentId).mapTo(Long.class).one();
                return new Recorded.Saved(remittanceId);
            });
        } catch (ClaimMovedMeanwhile refused) {
            return new Recorded.Conflict(refused.claimId());
        }
    }

    /**
     * Reverses a posted payment, as staff decided: a reversal row keeps the posting undone and why; a payment posted
     * by hand goes back to the queue (its choice of claim was the mistake), one the import posted stays on its claim
     * marked reversed. The claim's moves (back to submitted) are made in the same transaction; a conflict when the
     * payment or the claim changed since they were read, and nothing is written.
     */
    public Recorded reverse(long claimPaymentId, long claimId, String user, String reason, List<Posting.StatusMove> moves) {
        return reverse(claimPaymentId, claimId, user, reason, moves, Optional.empty());
    }

    /** The same, with the audit row of the claim's update written in its transaction. */
    public Recorded reverse(long claimPaymentId, long claimId, String user, String reason, List<Posting.StatusMove> moves,
                            AuditNote note) {
        return reverse(claimPaymentId, claimId, user, reason, moves, Optional.of(note));
    }

    private Recorded reverse(long claimPaymentId, long claimId, String user, String reason, List<Posting.StatusMove> moves,
                             Optional<AuditNote> note) {
        try {
            return jdbi.inTransaction(handle -> {
                Timestamp now = Timestamp.from(clock.instant());
                int kept = handle.createUpdate("""
                                INSERT INTO payment_reversal (claim_payment_id, claim_id, posted_at, posted_by, posted_by_hand,
                                  override_reason, reversed_at, reversed_by, reason)
                                SELECT id, claim_id, posted_at, posted_by, posted_by_hand, override_reason, :now, :user, :reason
                                FROM claim_payment WHERE id = :id AND claim_id = :claim AND reversed_at IS NULL""")
                        .bind("now", now).bind("user", user).bind("reason", clip(reason, 400))
                        .bind("id", claimPaymentId).bind("claim", claimId).execute();
                if (kept != 1) {
                    throw new ClaimMovedMeanwhile(claimId);
                }
                boolean byHand = handle.createQuery("SELECT posted_by_hand FROM claim_payment WHERE id = :id")
                        .bind("id", claimPaymentId).mapTo(Boolean.class).one();
                if (byHand) {
                    handle.createUpdate("""
                                    UPDATE claim_payment SET claim_id = NULL, unmatched_reason = :queued, posted_at = NULL,
                                      posted_by = NULL, posted_by_hand = FALSE, override_reason = NULL
                                    WHERE id = :id""")
                            .bind("queued", clip("posted by hand to claim " + claimId + ", reversed by " + user + ": "
                                    + reason, 400))
                            .bind("id", claimPaymentId).execute();
                } else {
                    handle.createUpdate("""
                                    UPDATE claim_payment SET reversed_at = :now, reversed_by = :user, reversal_reason = :reason
                                    WHERE id = :id""")
                            .bind("now", now).bind("user", user).bind("reason", clip(reason, 400))
                            .bind("id", claimPaymentId).execute();
                }
                move(handle, moves, user);
                claims.note(handle, claimId, user, "claim payment " + claimPaymentId + " reversed: " + reason);
                note.ifPresent(audit -> AuditLog.insert(handle, clock, audit, "claim", claimId));
                long remittanceId = handle.createQuery("SELECT remittance_id FROM claim_payment WHERE id = :id")
                        .bind("id", claimPaymentId).mapTo(Long.class).one();
                return new Recorded.Saved(remittanceId);
            });
        } catch (ClaimMovedMeanwhile refused) {
            return new Recorded.Conflict(refused.claimId());
        }
    }

    /** The staff reversals of one payment, oldest first. */
    public List<PaymentReversal> reversals(long claimPaymentId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM payment_reversal WHERE claim_payment_id = :id ORDER BY id")
                .bind("id", claimPaymentId)
                .map((rs, ctx) -> new PaymentReversal(rs.getTimestamp("reversed_at").toInstant(), rs.getString("reversed_by"),
                        rs.getString("reason")))
                .list());
    }

    /** One page of the remittances received, newest first, with how many there are. */
    public Page<RemittanceSummary> summaries(int page, int limit) {
        return jdbi.withHandle(handle -> {
            long total = handle.createQuery("SELECT COUNT(*) FROM remittance").mapTo(Long.class).one();
            List<RemittanceSummary> items = handle.createQuery("""
                            SELECT r.*, (SELECT COUNT(*) FROM claim_payment cp WHERE cp.remittance_id = r.id) AS claims,
                              (SELECT COUNT(*) FROM claim_payment cp WHERE cp.remittance_id = r.id AND cp.claim_id IS NULL) AS unmatched
                            FROM (SELECT * FROM remittance ORDER BY received_at DESC, id DESC LIMIT :limit OFFSET :offset) r
                            ORDER BY r.received_at DESC, r.id DESC""")
                    .bind("limit", limit).bind("offset", Page.offset(page, limit)).map((rs, ctx) -> summary(rs)).list();
            return new Page<>(items, total, page, limit);
        });
    }

    /** One page of the queue, oldest first, with how many wait in all. */
    public Page<PostedPayment> unmatched(int page, int limit) {
        return jdbi.withHandle(handle -> {
            long total = handle.createQuery("SELECT COUNT(*) FROM claim_payment WHERE claim_id IS NULL").mapTo(Long.class).one();
            List<PostedPayment> items = payments(handle, handle.createQuery(PAYMENTS
                            + " WHERE cp.claim_id IS NULL ORDER BY cp.id LIMIT :limit OFFSET :offset")
                    .bind("limit", limit).bind("offset", Page.offset(page, limit)));
            return new Page<>(items, total, page, limit);
        });
    }

    /** The queued payments after {@code afterId}, a batch at a time: how the whole queue is walked without loading it. */
    public List<PostedPayment> unmatchedAfter(long afterId, int limit) {
        return jdbi.withHandle(handle -> payments(handle, handle.createQuery(PAYMENTS
                        + " WHERE cp.claim_id IS NULL AND cp.id > :after ORDER BY cp.id LIMIT :limit")
                .bind("after", afterId).bind("limit", limit)));
    }

    /**
     * One page of the denials to work, oldest payment first: every adjustment other than the routine ones
     * ({@code routine}, "CO-45") on a line paid nothing, and on a claim denied whole without lines, of payments
     * posted and not reversed. The database finds and counts them.
     */
    public Page<DeniedLine> deniedLines(List<String> routine, int page, int limit) {
        String lines = """
                SELECT cp.id AS payment_id, cp.claim_id, c.patient_control_number, c.patient_id, r.payer_name, r.payment_date,
                  sp.line_number, sp.procedure_code, sp.charge_cents AS line_charge, pa.group_code, pa.reason_code,
                  pa.amount_cents, pa.quantity, sp.position AS line_position, pa.position AS adjustment_position
                FROM service_payment sp
                JOIN claim_payment cp ON cp.id = sp.claim_payment_id
                JOIN payment_adjustment pa ON pa.service_payment_id = sp.id
                JOIN claim c ON c.id = cp.claim_id
                JOIN remittance r ON r.id = cp.remittance_id
                WHERE sp.paid_cents = 0 AND cp.reversed_at IS NULL AND cp.status_code <> '22' AND pa.amount_cents > 0
                  AND (pa.group_code || '-' || pa.reason_code) NOT IN (<routine>)
                UNION ALL
                SELECT cp.id, cp.claim_id, c.patient_control_number, c.patient_id, r.payer_name, r.payment_date,
                  NULL, NULL, cp.charge_cents, pa.group_code, pa.reason_code, pa.amount_cents, pa.quantity, -1, pa.position
                FROM claim_payment cp
                JOIN payment_adjustment pa ON pa.claim_payment_id = cp.id AND pa.service_payment_id IS NULL
                JOIN claim c ON c.id = cp.claim_id
                JOIN remittance r ON r.id = cp.remittance_id
                WHERE cp.status_code = '4' AND cp.reversed_at IS NULL AND pa.amount_cents > 0
                  AND (pa.group_code || '-' || pa.reason_code) NOT IN (<routine>)
                  AND NOT EXISTS (SELECT 1 FROM service_payment sp WHERE sp.claim_payment_id = cp.id)""";
        List<String> codes = routine.isEmpty() ? List.of("") : routine;
        return jdbi.withHandle(handle -> {
            long total = handle.createQuery("SELECT COUNT(*) FROM (" + lines + ") d").bindList("routine", codes)
                    .mapTo(Long.class).one();
            List<DeniedLine> items = handle.createQuery("SELECT * FROM (" + lines + """
                            ) d ORDER BY payment_date, payment_id, line_position, adjustment_position LIMIT :limit OFFSET :offset""")
                    .bindList("routine", codes).bind("limit", limit).bind("offset", Page.offset(page, limit))
                    .map((rs, ctx) -> {
                        int number = rs.getInt("line_number");
                        Optional<Integer> lineNumber = rs.wasNull() ? Optional.empty() : Optional.of(number);
                        return new DeniedLine(rs.getLong("payment_id"), rs.getLong("claim_id"),
                                rs.getString("patient_control_number"), rs.getLong("patient_id"), rs.getString("payer_name"),
                                rs.getDate("payment_date").toLocalDate(), lineNumber,
                                Optional.ofNullable(rs.getString("procedure_code")), new Money(rs.getLong("line_charge")),
                                new Adjustment(AdjustmentGroup.valueOf(rs.getString("group_code")), rs.getString("reason_code"),
                                        new Money(rs.getLong("amount_cents")),
                                        Optional.ofNullable(rs.getBigDecimal("quantity")).map(BigDecimal::stripTrailingZeros)));
                    }).list();
            return new Page<>(items, total, page, limit);
        });
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
        return jdbi.withHandle(handle -> payments(handle, handle.createQuery(
                PAYMENTS + " WHERE cp.remittance_id = :key ORDER BY cp.position").bind("key", remittanceId)));
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
        return jdbi.withHandle(handle -> payments(handle, handle.createQuery(
                PAYMENTS + " WHERE cp.claim_id = :key ORDER BY r.payment_date, cp.id").bind("key", claimId)));
    }

    public Optional<PostedPayment> payment(long claimPaymentId) {
        return jdbi.withHandle(handle -> payments(handle, handle.createQuery(PAYMENTS + " WHERE cp.id = :key")
                .bind("key", claimPaymentId))).stream().findFirst();
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

    /**
     * Inserts every claim payment of the remittance, its lines and adjustments as three JDBC batches (ids come back
     * from each batch), then makes the claims' status moves: a few round trips for a file of any size, where a
     * statement per row made a 40,000-claim file take a minute. Bound by position ({@link RowBatch}): Jdbi's named
     * binding of the same million values took seconds.
     */
    private void insertPayments(Handle handle, long remittanceId, List<ClaimPayment> payments, List<Posting> postings,
                                String user) {
        Timestamp now = Timestamp.from(clock.instant());
        List<Long> paymentIds;
        try (RowBatch claimRows = RowBatch.of(handle, """
                INSERT INTO claim_payment (remittance_id, position, claim_id, patient_control_number, status_code,
                  charge_cents, paid_cents, patient_responsibility_cents, payer_claim_number, patient_name, remarks,
                  unmatched_reason, posted_at, posted_by, member_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", true)) {
            for (int i = 0; i < payments.size(); i++) {
                ClaimPayment payment = payments.get(i);
                Posting posting = postings.get(i);
                Long claimId = posting instanceof Posting.ToClaim toClaim ? toClaim.claimId() : null;
                String reason = posting instanceof Posting.Queued queued ? clip(queued.reason(), 400) : null;
                claimRows.add(remittanceId, i, claimId, payment.patientControlNumber(), payment.status().code(),
                        payment.charge().cents(), payment.paid().cents(), payment.patientResponsibility().cents(),
                        payment.payerClaimNumber().orElse(null), payment.patientName().map(name -> clip(name, 100)).orElse(null),
                        String.join(" ", payment.remarks()), reason, claimId != null ? now : null,
                        claimId != null ? user : null, payment.memberId().map(id -> clip(id, 80)).orElse(null));
            }
            paymentIds = payments.isEmpty() ? List.of() : claimRows.ids();
        }
        List<ServicePayment> lines = new ArrayList<>();
        List<Long> lineOwners = new ArrayList<>();
        List<Long> lineIds;
        try (RowBatch lineRows = RowBatch.of(handle, """
                INSERT INTO service_payment (claim_payment_id, position, line_number, line_control_number,
                  procedure_code, modifiers, charge_cents, paid_cents, allowed_cents, units, service_date, remarks)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", true)) {
            for (int p = 0; p < payments.size(); p++) {
                List<Optional<Integer>> lineNumbers = postings.get(p) instanceof Posting.ToClaim toClaim ? toClaim.lineNumbers() : List.of();
                List<ServicePayment> paymentLines = payments.get(p).lines();
                for (int i = 0; i < paymentLines.size(); i++) {
                    ServicePayment line = paymentLines.get(i);
                    Optional<Integer> lineNumber = i < lineNumbers.size() ? lineNumbers.get(i) : Optional.empty();
                    lineRows.add(paymentIds.get(p), i, lineNumber.orElse(null), line.lineControlNumber().orElse(null),
                            line.procedureCode(), String.join(" ", line.modifiers()), line.charge().cents(),
                            line.paid().cents(), line.allowed().map(Money::cents).orElse(null), line.units().orElse(null),
                            line.serviceDate().map(Date::valueOf).orElse(null), String.join(" ", line.remarks()));
                    lines.add(line);
                    lineOwners.add(paymentIds.get(p));
                }
            }
            lineIds = lines.isEmpty() ? List.of() : lineRows.ids();
        }
        try (RowBatch adjustmentRows = RowBatch.of(handle, """
                INSERT INTO payment_adjustment (claim_payment_id, service_payment_id, position, group_code,
                  reason_code, amount_cents, quantity)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", false)) {
            for (int p = 0; p < payments.size(); p++) {
                addAdjustments(adjustmentRows, paymentIds.get(p), null, payments.get(p).adjustments());
            }
            for (int l = 0; l < lines.size(); l++) {
                addAdjustments(adjustmentRows, lineOwners.get(l), lineIds.get(l), lines.get(l).adjustments());
            }
            adjustmentRows.execute();
        }
        move(handle, postings.stream().filter(Posting.ToClaim.class::isInstance)
                .flatMap(posting -> ((Posting.ToClaim) posting).moves().stream()).toList(), user);
    }

    private static void addAdjustments(RowBatch batch, long paymentId, Long lineId, List<Adjustment> adjustments) {
        for (int i = 0; i < adjustments.size(); i++) {
            Adjustment adjustment = adjustments.get(i);
            batch.add(paymentId, lineId, i, adjustment.group().name(), adjustment.reason(), adjustment.amount().cents(),
                    adjustment.quantity().orElse(null));
        }
    }

    /**
     * Makes the claims' status moves as batches ({@link ClaimStore#moveAll}; a history row no longer copies the
     * claim's unchanged contents, which made a 40,000-claim posting write megabytes twice). A claim someone changed
     * since it was planned fails the version check and rolls everything back.
     */
    private void move(Handle handle, List<Posting.StatusMove> moves, String user) {
        claims.moveAll(handle, moves.stream().map(move -> new ClaimStore.BatchMove(move.claimId(), move.expectedVersion(),
                move.target(), move.note())).toList(), user).ifPresent(claimId -> {
                    throw new ClaimMovedMeanwhile(claimId);
                });
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

    /**
     * Reads the claim payments the query selects with their lines and adjustments: three queries for the page (lines
     * and adjustments by IN lists of payment ids), not two more per payment.
     */
    private static List<PostedPayment> payments(Handle handle, Query query) {
        List<PaymentRow> rows = query.map((rs, ctx) -> paymentRow(rs)).list();
        Map<Long, List<LineRow>> linesOf = new HashMap<>();
        Map<Long, List<Adjustment>> claimLevel = new HashMap<>();
        Map<Long, List<Adjustment>> onLine = new HashMap<>();
        List<Long> ids = rows.stream().map(PaymentRow::id).toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            handle.createQuery("SELECT * FROM service_payment WHERE claim_payment_id IN (<ids>) ORDER BY claim_payment_id, position")
                    .bindList("ids", chunk).map((rs, ctx) -> lineRow(rs))
                    .forEach(line -> linesOf.computeIfAbsent(line.paymentId(), id -> new ArrayList<>()).add(line));
            handle.createQuery("SELECT * FROM payment_adjustment WHERE claim_payment_id IN (<ids>) ORDER BY claim_payment_id, position")
                    .bindList("ids", chunk).map((rs, ctx) -> {
                        Adjustment adjustment = new Adjustment(AdjustmentGroup.valueOf(rs.getString("group_code")),
                                rs.getString("reason_code"), new Money(rs.getLong("amount_cents")),
                                Optional.ofNullable(rs.getBigDecimal("quantity")).map(BigDecimal::stripTrailingZeros));
                        long lineId = rs.getLong("service_payment_id");
                        boolean line = !rs.wasNull();
                        // A negative key marks a claim-level adjustment, by its payment's id.
                        return Map.entry(line ? lineId : -rs.getLong("claim_payment_id"), adjustment);
                    }).forEach(entry -> {
                        if (entry.getKey() < 0) {
                            claimLevel.computeIfAbsent(-entry.getKey(), id -> new ArrayList<>()).add(entry.getValue());
                        } else {
                            onLine.computeIfAbsent(entry.getKey(), id -> new ArrayList<>()).add(entry.getValue());
                        }
                    });
        }
        List<PostedPayment> payments = new ArrayList<>();
        for (PaymentRow row : rows) {
            List<ServicePayment> servicePayments = new ArrayList<>();
            List<Optional<Integer>> lineNumbers = new ArrayList<>();
            for (LineRow line : linesOf.getOrDefault(row.id(), List.of())) {
                servicePayments.add(new ServicePayment(line.code(), words(line.modifiers()), line.charge(), line.paid(),
                        line.units(), line.control(), line.date(), line.allowed(), onLine.getOrDefault(line.id(), List.of()),
                        words(line.remarks())));
                lineNumbers.add(line.lineNumber());
            }
            ClaimPayment payment = new ClaimPayment(row.pcn(), ClaimPaymentStatus.parse(row.status()).orElseThrow(),
                    row.charge(), row.paid(), row.patient(), row.payerClaim(), row.patientName(),
                    claimLevel.getOrDefault(row.id(), List.of()), words(row.remarks()), servicePayments, row.memberId());
            payments.add(new PostedPayment(row.id(), row.remittanceId(), row.payerName(), row.trace(), row.paymentDate(),
                    row.claimId(), row.reason(), payment, lineNumbers, row.byHand(), row.override(), row.reversed()));
        }
        return payments;
    }

    private record PaymentRow(long id, long remittanceId, String payerName, String trace, LocalDate paymentDate,
                              Optional<Long> claimId, Optional<String> reason, String pcn, String status, Money charge,
                              Money paid, Money patient, Optional<String> payerClaim, Optional<String> patientName,
                              String remarks, Optional<String> memberId, boolean byHand, Optional<String> override,
                              Optional<PaymentReversal> reversed) {
    }

    private record LineRow(long id, long paymentId, Optional<Integer> lineNumber, Optional<String> control, String code, String modifiers,
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
                Optional.ofNullable(rs.getString("patient_name")), rs.getString("remarks"),
                Optional.ofNullable(rs.getString("member_id")), rs.getBoolean("posted_by_hand"),
                Optional.ofNullable(rs.getString("override_reason")),
                reversal(rs));
    }

    private static Optional<PaymentReversal> reversal(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp("reversed_at");
        return at == null ? Optional.empty()
                : Optional.of(new PaymentReversal(at.toInstant(), rs.getString("reversed_by"), rs.getString("reversal_reason")));
    }

    private static LineRow lineRow(ResultSet rs) throws SQLException {
        int number = rs.getInt("line_number");
        Optional<Integer> lineNumber = rs.wasNull() ? Optional.empty() : Optional.of(number);
        long allowed = rs.getLong("allowed_cents");
        Optional<Money> allowedAmount = rs.wasNull() ? Optional.empty() : Optional.of(new Money(allowed));
        Date date = rs.getDate("service_date");
        return new LineRow(rs.getLong("id"), rs.getLong("claim_payment_id"), lineNumber, Optional.ofNullable(rs.getString("line_control_number")),
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
}

package dev.cleanclaim.store;

import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.money.Money;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Submissions: the 837P interchanges claims left in, kept exactly as written. Storing one reserves its control
 * numbers, keeps the file and each claim's copy, moves every claim to submitted and writes the audit rows in one
 * transaction, so a file is never handed out for claims that did not move, nor claims moved without their file.
 */
public final class SubmissionStore {

    private static final String INTERCHANGE = "interchange";
    private static final String TRANSACTION = "transaction";
    private static final int MAX_CONTROL_NUMBER = 999_999_999;

    private final Jdbi jdbi;
    private final Clock clock;
    private final ClaimStore claims;

    SubmissionStore(Jdbi jdbi, Clock clock, ClaimStore claims) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.claims = claims;
    }

    /**
     * Sends the claims as one interchange.
     *
     * @param sent         the claims, each at the version the caller read (ready to send)
     * @param transactions how many transaction sets the file will hold, so their ST02 numbers are reserved together
     * @param write        writes the file under the reserved numbers; called inside the transaction, which commits
     *                     only once the file's {@link SubmissionFile#readBack() read-back} passed
     */
    public Submitted submit(List<Stored<ClaimRecord>> sent, int transactions, Function<ControlNumbers, SubmissionFile> write,
                            AuditNote note) {
        if (sent.isEmpty()) {
            throw new IllegalArgumentException("a submission carries at least one claim");
        }
        try {
            return jdbi.inTransaction(handle -> {
                ControlNumbers numbers = new ControlNumbers(reserve(handle, INTERCHANGE, 1), reserve(handle, TRANSACTION, transactions));
                SubmissionFile file = write.apply(numbers);
                Timestamp now = Timestamp.from(clock.instant());
                long id = handle.createUpdate("""
                                INSERT INTO submission (sender_id, receiver_id, interchange_control_number, usage_indicator,
                                  claim_count, total_charge_cents, sha256, body, created_at, created_by)
                                VALUES (:sender, :receiver, :icn, :usage, :count, :total, :sha, :body, :now, :user)""")
                        .bind("sender", file.senderId()).bind("receiver", file.receiverId())
                        .bind("icn", numbers.interchange()).bind("usage", file.usage()).bind("count", sent.size())
                        .bind("total", file.totalCharge().cents()).bind("sha", sha256(file.body()))
                        .bind("body", file.body()).bind("now", now).bind("user", note.user())
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                Map<Long, SubmissionFile.ClaimCopy> copyOf = new HashMap<>();
                file.claims().forEach(copy -> copyOf.put(copy.claimId(), copy));
                List<ClaimStore.BatchMove> moves = new ArrayList<>();
                List<AuditNote> disclosures = new ArrayList<>();
                try (RowBatch copies = RowBatch.of(handle, """
                        INSERT INTO submission_claim (submission_id, claim_id, claim_version, transaction_control_number, claim_837)
                        VALUES (?, ?, ?, ?, ?)""", false)) {
                    for (Stored<ClaimRecord> claim : sent) {
                        SubmissionFile.ClaimCopy copy = copyOf.get(claim.id());
                        if (copy == null) {
                            throw new IllegalStateException("claim " + claim.id() + " has no copy in the file");
                        }
                        String where = "sent in interchange " + String.format("%09d", numbers.interchange()) + ", transaction "
                                + copy.transactionControlNumber() + " to " + file.receiverId();
                        moves.add(new ClaimStore.BatchMove(claim.id(), claim.version(), ClaimStatus.SUBMITTED, where));
                        copies.add(id, claim.id(), claim.version() + 1, copy.transactionControlNumber(), copy.copy());
                        disclosures.add(new AuditNote(note.user(), note.remoteAddress(), "disclose", Optional.of(where)));
                    }
                    // Every claim moves from the version read (ready) in a few batches: one changed since stops it all.
                    claims.moveAll(handle, moves, note.user()).ifPresent(claimId -> {
                        throw new ClaimMovedMeanwhile(claimId);
                    });
                    copies.execute();
                }
                AuditLog.insertAll(handle, clock, disclosures, "claim", sent.stream().map(Stored::id).toList());
                AuditLog.insert(handle, clock, note, "submission", id);
                file.readBack().awaitPassed();
                return new Submitted.Saved(find(handle, id).orElseThrow());
            });
        } catch (ClaimMovedMeanwhile moved) {
            return new Submitted.Conflict(moved.claimId());
        }
    }

    /** Submissions, newest first. */
    public List<SubmissionSummary> list(int limit, int offset) {
        return jdbi.withHandle(handle -> handle.createQuery(SUMMARY + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .bind("limit", Math.max(1, limit)).bind("offset", Math.max(0, offset)).map(SubmissionStore::summary).list());
    }

    public long count() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM submission").mapTo(Long.class).one());
    }

    public Optional<SubmissionSummary> find(long id) {
        return jdbi.withHandle(handle -> find(handle, id));
    }

    /** The interchange exactly as it was handed out. */
    public Optional<byte[]> file(long id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT body FROM submission WHERE id = :id").bind("id", id)
                .mapTo(byte[].class).findOne());
    }

    /** The claims a submission carried, in the order they were written, with their status now. */
    public List<SubmittedClaim> claims(long submissionId) {
        return jdbi.withHandle(handle -> handle.createQuery(SUBMITTED_CLAIMS
                        + " WHERE s.submission_id = :id ORDER BY s.transaction_control_number, s.claim_id")
                .bind("id", submissionId).map(SubmissionStore::submitted).list());
    }

    /** The claims that went in one transaction set of one interchange: what a 999 answering it is about. */
    public List<SubmittedClaim> inTransaction(int interchangeControlNumber, String transactionControlNumber) {
        return jdbi.withHandle(handle -> handle.createQuery(SUBMITTED_CLAIMS
                        + " WHERE f.interchange_control_number = :icn AND s.transaction_control_number = :st ORDER BY s.claim_id")
                .bind("icn", interchangeControlNumber).bind("st", transactionControlNumber)
                .map(SubmissionStore::submitted).list());
    }

    /** Every claim of one interchange: what a 999 rejecting the whole functional group is about. */
    public List<SubmittedClaim> inInterchange(int interchangeControlNumber) {
        return jdbi.withHandle(handle -> handle.createQuery(SUBMITTED_CLAIMS
                        + " WHERE f.interchange_control_number = :icn ORDER BY s.transaction_control_number, s.claim_id")
                .bind("icn", interchangeControlNumber).map(SubmissionStore::submitted).list());
    }

    /** A claim as a submission carried it, with its file's control number at hand and its status now. */
    private static final String SUBMITTED_CLAIMS = """
            SELECT s.submission_id, s.claim_id, s.transaction_control_number, c.patient_control_number,
              c.payer_id, c.total_charge_cents, c.status
            FROM submission_claim s JOIN submission f ON f.id = s.submission_id JOIN claim c ON c.id = s.claim_id""";

    /** The claim's copy of what it was last sent as, byte for byte; empty for a claim never sent. */
    public Optional<byte[]> lastSent(long claimId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT claim_837 FROM submission_claim WHERE claim_id = :claim ORDER BY submission_id DESC LIMIT 1""")
                .bind("claim", claimId).mapTo(byte[].class).findOne());
    }

    /** The submissions a claim went out in, newest first. */
    public List<SubmissionSummary> ofClaim(long claimId) {
        return jdbi.withHandle(handle -> handle.createQuery(SUMMARY
                        + " WHERE id IN (SELECT submission_id FROM submission_claim WHERE claim_id = :claim) ORDER BY id DESC")
                .bind("claim", claimId).map(SubmissionStore::summary).list());
    }

    private static final String SUMMARY = """
            SELECT id, sender_id, receiver_id, interchange_control_number, usage_indicator, claim_count,
              total_charge_cents, sha256, created_at, created_by FROM submission""";

    private static Optional<SubmissionSummary> find(Handle handle, long id) {
        return handle.createQuery(SUMMARY + " WHERE id = :id").bind("id", id).map(SubmissionStore::summary).findOne();
    }

    /** Bumps the counter by {@code count} and gives the first number of the range; the row lock orders writers. */
    private static int reserve(Handle handle, String kind, int count) {
        handle.createUpdate("UPDATE control_number SET last_used = last_used + :count WHERE kind = :kind")
                .bind("count", count).bind("kind", kind).execute();
        long last = handle.createQuery("SELECT last_used FROM control_number WHERE kind = :kind").bind("kind", kind)
                .mapTo(Long.class).one();
        if (last > MAX_CONTROL_NUMBER) {
            throw new IllegalStateException("the " + kind + " control numbers are used up (" + MAX_CONTROL_NUMBER
                    + "); reset the counter with the clearinghouse's agreement");
        }
        return (int) (last - count + 1);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static SubmissionSummary summary(ResultSet rs, StatementContext context) throws SQLException {
        return new SubmissionSummary(rs.getLong("id"), rs.getString("sender_id"), rs.getString("receiver_id"),
                rs.getInt("interchange_control_number"), rs.getString("usage_indicator"), rs.getInt("claim_count"),
                new Money(rs.getLong("total_charge_cents")), rs.getString("sha256"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }

    private static SubmittedClaim submitted(ResultSet rs, StatementContext context) throws SQLException {
        return new SubmittedClaim(rs.getLong("submission_id"), rs.getLong("claim_id"), rs.getString("patient_control_number"),
                rs.getString("payer_id"), rs.getString("transaction_control_number"),
                new Money(rs.getLong("total_charge_cents")), ClaimStatus.valueOf(rs.getString("status")));
    }
}

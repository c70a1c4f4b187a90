package dev.cleanclaim.store;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * 999 and 277CA files and what they said about each claim. Recording one keeps the file, each claim's answer, the
 * status moves, the payer's claim numbers and the audit rows in one transaction; the same file again changes nothing.
 */
public final class AcknowledgmentStore {

    private final Jdbi jdbi;
    private final Clock clock;
    private final ClaimStore claims;

    AcknowledgmentStore(Jdbi jdbi, Clock clock, ClaimStore claims) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.claims = claims;
    }

    /** The file imported before with the same bytes, if any. */
    public Optional<Earlier> findByDigest(String body) {
        String digest = SubmissionStore.sha256(body);
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id, kind FROM acknowledgment WHERE sha256 = :sha")
                .bind("sha", digest).map((rs, ctx) -> new Earlier(rs.getLong("id"), rs.getString("kind"))).findOne());
    }

    /** A file imported before: its id and kind (999 or 277CA). */
    public record Earlier(long id, String kind) {
    }

    public Acknowledged record(AcknowledgmentReceipt receipt, List<ClaimAnswer> answers, AuditNote note) {
        String digest = SubmissionStore.sha256(receipt.body());
        try {
            return jdbi.inTransaction(handle -> {
                Optional<Long> earlier = handle.createQuery("SELECT id FROM acknowledgment WHERE sha256 = :sha")
                        .bind("sha", digest).mapTo(Long.class).findOne();
                if (earlier.isPresent()) {
                    return new Acknowledged.AlreadyImported(earlier.get());
                }
                Timestamp now = Timestamp.from(clock.instant());
                long id = handle.createUpdate("""
                                INSERT INTO acknowledgment (kind, file_name, sha256, sender_id, interchange_control_number,
                                  body, received_at, received_by)
                                VALUES (:kind, :name, :sha, :sender, :icn, :body, :now, :user)""")
                        .bind("kind", receipt.kind()).bind("name", Columns.fit("file name", receipt.fileName(), 200))
                        .bind("sha", digest).bind("sender", Columns.fit("sender id", receipt.senderId(), 15))
                        .bind("icn", Columns.fit("interchange control number", receipt.interchangeControlNumber(), 9))
                        .bind("body", receipt.body()).bind("now", now).bind("user", note.user())
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                int moved = 0;
                for (ClaimAnswer answer : answers) {
                    handle.createUpdate("""
                                    INSERT INTO claim_acknowledgment (acknowledgment_id, claim_id, outcome, words, payer_claim_number)
                                    VALUES (:ack, :claim, :outcome, :words, :number)""")
                            .bind("ack", id).bind("claim", answer.claimId()).bind("outcome", answer.outcome())
                            .bind("words", cut(answer.words(), 1000))
                            .bind("number", answer.payerClaimNumber().map(number -> cut(number, 50)).orElse(null)).execute();
                    if (answer.move().isPresent()) {
                        Transition transition = claims.move(handle, answer.claimId(), answer.expectedVersion(),
                                answer.move().get(), note.user(), Optional.of(cut(receipt.kind() + " " + receipt.fileName()
                                        + ": " + answer.words(), 400)));
                        if (!(transition instanceof Transition.Moved)) {
                            throw new ClaimMovedMeanwhile(answer.claimId());
                        }
                        moved++;
                    }
                    answer.payerClaimNumber().ifPresent(number -> handle.createUpdate(
                                    "UPDATE claim SET payer_claim_number = :number WHERE id = :id")
                            .bind("number", cut(number, 50)).bind("id", answer.claimId()).execute());
                    AuditLog.insert(handle, clock, new AuditNote(note.user(), note.remoteAddress(), "update",
                            Optional.of(receipt.kind() + " " + answer.outcome())), "claim", answer.claimId());
                }
                AuditLog.insert(handle, clock, note, "acknowledgment", id);
                return new Acknowledged.Saved(id, moved);
            });
        } catch (ClaimMovedMeanwhile conflict) {
            return new Acknowledged.Conflict(conflict.claimId());
        } catch (org.jdbi.v3.core.JdbiException failure) {
            // The same file imported twice at once: the second finds the first's digest taken.
            if (Columns.violates(failure, "acknowledgment_digest_unique")) {
                return findByDigest(receipt.body()).<Acknowledged>map(earlier -> new Acknowledged.AlreadyImported(earlier.id()))
                        .orElseThrow(() -> failure);
            }
            throw failure;
        }
    }

    /** What every acknowledgment said about the claim, oldest first. */
    public List<ClaimAcknowledgmentRow> forClaim(long claimId) {
        return jdbi.withHandle(handle -> handle.createQuery(ROWS + " WHERE c.claim_id = :claim ORDER BY c.id")
                .bind("claim", claimId).map(AcknowledgmentStore::row).list());
    }

    /** What one file said, claim by claim. */
    public List<ClaimAcknowledgmentRow> answers(long acknowledgmentId) {
        return jdbi.withHandle(handle -> handle.createQuery(ROWS + " WHERE a.id = :id ORDER BY c.id")
                .bind("id", acknowledgmentId).map(AcknowledgmentStore::row).list());
    }

    private static final String ROWS = """
            SELECT a.id AS ack_id, a.kind, a.file_name, a.received_at, c.claim_id, c.outcome, c.words, c.payer_claim_number
            FROM claim_acknowledgment c JOIN acknowledgment a ON a.id = c.acknowledgment_id""";

    private static ClaimAcknowledgmentRow row(ResultSet rs, StatementContext context) throws SQLException {
        return new ClaimAcknowledgmentRow(rs.getLong("ack_id"), rs.getString("kind"), rs.getString("file_name"),
                rs.getTimestamp("received_at").toInstant(), rs.getLong("claim_id"), rs.getString("outcome"),
                rs.getString("words"), Optional.ofNullable(rs.getString("payer_claim_number")));
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }
}

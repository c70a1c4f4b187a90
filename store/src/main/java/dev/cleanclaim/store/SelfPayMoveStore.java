package dev.cleanclaim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Moves a visit its plan will not pay to self-pay, as one use case (V28): the visit's payer changes (its coding stays)
 * with its history row, the claim made for the plan and not sent is withdrawn from it by a new version billing the
 * client (its old version stays in the claim's history), the move names the signed notice that allowed it, and the
 * audit rows commit with them, or nothing does.
 */
public final class SelfPayMoveStore {

    private final Jdbi jdbi;
    private final Clock clock;

    SelfPayMoveStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * The claim withdrawn from the plan: its new version billing the client, what it was made with, and the note its
     * history keeps.
     */
    public record Withdrawal(long claimId, int expectedVersion, ClaimRecord revised, MadeWith madeWith, String note) {
        public Withdrawal {
            Objects.requireNonNull(revised, "revised");
            Objects.requireNonNull(madeWith, "madeWith");
            Objects.requireNonNull(note, "note");
        }
    }

    /** What the move did: the visit as saved, and the withdrawn claim's new version when there was one. */
    public sealed interface Outcome {
        record Moved(long moveId, Stored<VisitRecord> visit, Optional<Stored<ClaimRecord>> claim) implements Outcome {
        }

        /** The visit or its claim changed since they were read (or the claim was sent meanwhile): nothing was saved. */
        record Changed(String what) implements Outcome {
        }
    }

    /** Thrown inside the transaction to roll it back when something changed since it was read. */
    private static final class ChangedMeanwhile extends RuntimeException {
        ChangedMeanwhile(String what) {
            super(what, null, false, false);
        }
    }

    public Outcome move(long visitId, int expectedVersion, VisitRecord moved, String fromPayerId, long noticeId,
                        Optional<Withdrawal> withdrawal, AuditNote audit) {
        try {
            return jdbi.inTransaction(handle -> {
                VisitRecord before = handle.createQuery("SELECT * FROM visit WHERE id = :id AND version = :version")
                        .bind("id", visitId).bind("version", expectedVersion)
                        .map((rs, ctx) -> new VisitRecord(rs.getLong("patient_id"), rs.getLong("provider_id"),
                                rs.getDate("date_of_service").toLocalDate(), rs.getString("payer_id"), rs.getString("body")))
                        .findOne().orElseThrow(() -> new ChangedMeanwhile("visit " + visitId));
                handle.createUpdate("""
                                UPDATE visit SET payer_id = :payer, body = :body, version = version + 1
                                WHERE id = :id AND version = :version""")
                        .bind("payer", moved.payerId()).bind("body", moved.body()).bind("id", visitId)
                        .bind("version", expectedVersion).execute();
                int version = expectedVersion + 1;
                List<FieldChange> changes = FieldDiff.between(VisitFields.of(before), VisitFields.of(moved));
                HistoryRows.insert(handle, clock, HistoryRows.Of.VISIT, visitId, version, audit.user(), ChangeKind.UPDATED,
                        changes);
                Optional<Stored<ClaimRecord>> claim = withdrawal.map(out -> withdraw(handle, out, audit));
                long moveId = handle.createUpdate("""
                                INSERT INTO self_pay_move (visit_id, notice_id, from_payer_id, to_payer_id, claim_id,
                                  moved_at, moved_by)
                                VALUES (:visit, :notice, :from, :to, :claim, :now, :user)""")
                        .bind("visit", visitId).bind("notice", noticeId).bind("from", fromPayerId)
                        .bind("to", moved.payerId()).bind("claim", withdrawal.map(Withdrawal::claimId).orElse(null))
                        .bind("now", Timestamp.from(clock.instant())).bind("user", Columns.fit("user", audit.user(), 60))
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                AuditLog.insert(handle, clock, new AuditNote(audit.user(), audit.remoteAddress(), "update",
                        Optional.of("moved to self-pay under financial notice " + noticeId + ": "
                                + FieldDiff.names(changes))), "visit", visitId);
                return new Outcome.Moved(moveId, new Stored<>(visitId, version, moved), claim);
            });
        } catch (ChangedMeanwhile changed) {
            return new Outcome.Changed(changed.getMessage());
        }
    }

    private Stored<ClaimRecord> withdraw(Handle handle, Withdrawal withdrawal, AuditNote audit) {
        Update<ClaimRecord> update = new ClaimStore(jdbi, clock).revise(handle, withdrawal.claimId(),
                withdrawal.expectedVersion(), withdrawal.revised(), audit.user(), withdrawal.note(), true);
        if (!(update instanceof Update.Saved<ClaimRecord> saved)) {
            throw new ChangedMeanwhile("claim " + withdrawal.claimId());
        }
        handle.createUpdate("UPDATE claim SET practice_facts = :facts, patient_facts = :patientFacts WHERE id = :id")
                .bind("facts", withdrawal.madeWith().practiceFacts())
                .bind("patientFacts", withdrawal.madeWith().patientFacts().orElse(null))
                .bind("id", withdrawal.claimId()).execute();
        AuditLog.insert(handle, clock, new AuditNote(audit.user(), audit.remoteAddress(), "update",
                Optional.of("withdrawn from its plan: the client pays")), "claim", withdrawal.claimId());
        return saved.stored();
    }

    /** The notice a visit was moved to self-pay under, if it was. */
    public Optional<Long> noticeOf(long visitId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT notice_id FROM self_pay_move WHERE visit_id = :visit ORDER BY id DESC LIMIT 1")
                .bind("visit", visitId).mapTo(Long.class).findOne());
    }

}

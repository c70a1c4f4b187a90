package dev.cleanclaim.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Merges two records of one person (V29), as one transaction: the merged record's visits, claims, payments,
 * referrals, notices and history go to the survivor (its insurance too, when the survivor has none), the merged
 * record is kept pointing at the survivor and read-only, each record gets a history entry saying what happened, and
 * the merge row and the audit rows commit with them, or nothing does. A claim keeps everything it was sent with (its
 * 837P copies, the patient as billed): only its link to the patient moves.
 */
public final class PatientMergeStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENTITY = "patient";

    private final Jdbi jdbi;
    private final Clock clock;

    PatientMergeStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The merge, or that one of the records changed or was merged since it was read (nothing was saved). */
    public sealed interface Outcome {
        record Merged(PatientMerge merge, int survivorVersion) implements Outcome {
        }

        record Changed(long patientId) implements Outcome {
        }
    }

    private static final class ChangedMeanwhile extends RuntimeException {
        private final long patientId;

        ChangedMeanwhile(long patientId) {
            super("patient " + patientId, null, false, false);
            this.patientId = patientId;
        }
    }

    /**
     * Merges {@code mergedId} into {@code survivorId} if neither changed since the versions given were read and
     * neither is merged already.
     */
    public Outcome merge(long survivorId, int survivorVersion, long mergedId, int mergedVersion, String reason,
                         AuditNote audit) {
        if (survivorId == mergedId) {
            throw new IllegalArgumentException("a record is not merged into itself");
        }
        try {
            return jdbi.inTransaction(handle -> merged(handle, survivorId, survivorVersion, mergedId, mergedVersion,
                    reason, audit));
        } catch (ChangedMeanwhile changed) {
            return new Outcome.Changed(changed.patientId);
        }
    }

    private Outcome merged(Handle handle, long survivorId, int survivorVersion, long mergedId, int mergedVersion,
                           String reason, AuditNote audit) {
        String user = audit.user();
        claimRecord(handle, mergedId, mergedVersion, survivorId);
        claimRecord(handle, survivorId, survivorVersion, null);
        PatientMerge.Moved moved = new PatientMerge.Moved(
                move(handle, "visit", mergedId, survivorId), move(handle, "claim", mergedId, survivorId),
                move(handle, "patient_payment", mergedId, survivorId), move(handle, "referral", mergedId, survivorId),
                move(handle, "financial_notice", mergedId, survivorId), moveInsurance(handle, mergedId, survivorId),
                handle.createUpdate("UPDATE patient_history SET patient_id = :survivor WHERE patient_id = :merged")
                        .bind("survivor", survivorId).bind("merged", mergedId).execute());
        int version = survivorVersion + 1;
        HistoryRows.insert(handle, clock, HistoryRows.Of.PATIENT, survivorId, version, user, ChangeKind.MERGED,
                survivorChanges(mergedId, moved));
        HistoryRows.insert(handle, clock, HistoryRows.Of.PATIENT, mergedId, mergedVersion + 1, user, ChangeKind.MERGED,
                List.of(new FieldChange("mergedInto", Optional.empty(), Optional.of("patient " + survivorId))));
        Timestamp now = Timestamp.from(clock.instant());
        long id = handle.createUpdate("""
                        INSERT INTO patient_merge (survivor_id, merged_id, reason, moved, merged_at, merged_by)
                        VALUES (:survivor, :merged, :reason, :moved, :now, :user)""")
                .bind("survivor", survivorId).bind("merged", mergedId).bind("reason", Columns.fit("reason", reason, 400))
                .bind("moved", write(moved)).bind("now", now).bind("user", Columns.fit("user", user, 60))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        AuditLog.insert(handle, clock, new AuditNote(user, audit.remoteAddress(), "merge",
                Optional.of("merge " + id + ": patient " + mergedId + " merged into this record")), ENTITY, survivorId);
        AuditLog.insert(handle, clock, new AuditNote(user, audit.remoteAddress(), "merge",
                Optional.of("merge " + id + ": merged into patient " + survivorId)), ENTITY, mergedId);
        return new Outcome.Merged(new PatientMerge(id, survivorId, mergedId, reason, moved, now.toInstant(), user), version);
    }

    /** Takes the record at the version read: bumps it (and marks the merged one), or rolls the merge back. */
    private static void claimRecord(Handle handle, long id, int version, Long mergedInto) {
        int changed = handle.createUpdate("UPDATE patient SET version = version + 1"
                        + (mergedInto == null ? "" : ", merged_into = :into")
                        + " WHERE id = :id AND version = :version AND merged_into IS NULL")
                .bind("id", id).bind("version", version).bindByType("into", mergedInto, Long.class).execute();
        if (changed == 0) {
            throw new ChangedMeanwhile(id);
        }
    }

    private static List<Long> move(Handle handle, String table, long from, long to) {
        List<Long> ids = handle.createQuery("SELECT id FROM " + table + " WHERE patient_id = :from ORDER BY id")
                .bind("from", from).mapTo(Long.class).list();
        handle.createUpdate("UPDATE " + table + " SET patient_id = :to WHERE patient_id = :from")
                .bind("to", to).bind("from", from).execute();
        return ids;
    }

    /** The merged record's policies go along only when the survivor has none; otherwise they stay where they were. */
    private static boolean moveInsurance(Handle handle, long from, long to) {
        long survivorHas = handle.createQuery("SELECT COUNT(*) FROM insurance WHERE patient_id = :to").bind("to", to)
                .mapTo(Long.class).one();
        if (survivorHas > 0) {
            return false;
        }
        return handle.createUpdate("UPDATE insurance SET patient_id = :to WHERE patient_id = :from")
                .bind("to", to).bind("from", from).execute() > 0;
    }

    private static List<FieldChange> survivorChanges(long mergedId, PatientMerge.Moved moved) {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(added("mergedFrom", "patient " + mergedId));
        changes.add(added("merged.visits", ids(moved.visits())));
        changes.add(added("merged.claims", ids(moved.claims())));
        changes.add(added("merged.payments", ids(moved.payments())));
        changes.add(added("merged.referrals", ids(moved.referrals())));
        changes.add(added("merged.notices", ids(moved.notices())));
        changes.add(added("merged.insurance", moved.insurance() ? "moved" : "stayed"));
        changes.add(added("merged.history", moved.history() + " entries"));
        return changes;
    }

    private static FieldChange added(String field, String value) {
        return new FieldChange(field, Optional.empty(), Optional.of(value));
    }

    private static String ids(List<Long> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids.stream().map(String::valueOf).toList());
    }

    /** The merges the patient took part in, as survivor or as the record merged, newest first. */
    public List<PatientMerge> ofPatient(long patientId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM patient_merge WHERE survivor_id = :id OR merged_id = :id ORDER BY id DESC""")
                .bind("id", patientId).map((rs, ctx) -> row(rs)).list());
    }

    public Optional<PatientMerge> find(long mergeId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM patient_merge WHERE id = :id")
                .bind("id", mergeId).map((rs, ctx) -> row(rs)).findOne());
    }

    private static PatientMerge row(ResultSet rs) throws SQLException {
        return new PatientMerge(rs.getLong("id"), rs.getLong("survivor_id"), rs.getLong("merged_id"),
                rs.getString("reason"), read(rs.getString("moved")), rs.getTimestamp("merged_at").toInstant(),
                rs.getString("merged_by"));
    }

    private static String write(PatientMerge.Moved moved) {
        ObjectNode node = JSON.createObjectNode();
        moved.visits().forEach(node.putArray("visits")::add);
        moved.claims().forEach(node.putArray("claims")::add);
        moved.payments().forEach(node.putArray("payments")::add);
        moved.referrals().forEach(node.putArray("referrals")::add);
        moved.notices().forEach(node.putArray("notices")::add);
        node.put("insurance", moved.insurance()).put("history", moved.history());
        return node.toString();
    }

    private static PatientMerge.Moved read(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            return new PatientMerge.Moved(longs(node, "visits"), longs(node, "claims"), longs(node, "payments"),
                    longs(node, "referrals"), longs(node, "notices"), node.path("insurance").asBoolean(),
                    node.path("history").asInt());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a merge's moved records are not JSON", e);
        }
    }

    private static List<Long> longs(JsonNode node, String field) {
        List<Long> ids = new ArrayList<>();
        node.path(field).forEach(id -> ids.add(id.asLong()));
        return ids;
    }
}

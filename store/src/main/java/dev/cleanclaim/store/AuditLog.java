package dev.cleanclaim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.sql.Timestamp;
import java.time.Clock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The append-only audit log of every read and write of patient data (HIPAA audit controls). */
public final class AuditLog {

    private static final int DETAIL_LENGTH = 400;

    private final Jdbi jdbi;
    private final Clock clock;

    AuditLog(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public void record(String user, String action, String entity, Optional<String> entityId,
                       Optional<String> remoteAddress, Optional<String> detail) {
        // A transaction of its own, so an H2 file database forces it to the disk like every write (SyncedCommits).
        jdbi.useTransaction(handle -> insert(handle, clock, user, action, entity, entityId, remoteAddress, detail));
    }

    /**
     * One row per record a list or search showed the user, each naming its record, so "who saw this patient" finds
     * lists as well as single reads; a list that showed nothing still gets one row. One transaction.
     */
    public void recordShown(AuditNote note, String entity, List<Long> shown) {
        if (shown.isEmpty()) {
            record(note.user(), note.action(), entity, Optional.empty(), note.remoteAddress(), note.detail());
            return;
        }
        jdbi.useTransaction(handle -> insertAll(handle, clock, java.util.Collections.nCopies(shown.size(), note), entity, shown));
    }

    /** The audit row of a write, inserted in the write's own transaction so one is never kept without the other. */
    static void insert(Handle handle, Clock clock, AuditNote note, String entity, long entityId) {
        insert(handle, clock, note.user(), note.action(), entity, Optional.of(Long.toString(entityId)),
                note.remoteAddress(), note.detail());
    }

    /**
     * One audit row per entity, each with its own note, as one batch inside the caller's transaction: a submission
     * of 10,000 claims discloses each claim, and a statement per row was most of its write.
     */
    static void insertAll(Handle handle, Clock clock, List<AuditNote> notes, String entity, List<Long> entityIds) {
        Timestamp now = Timestamp.from(clock.instant());
        try (RowBatch rows = RowBatch.of(handle, """
                INSERT INTO audit_log (occurred_at, user_name, action, entity, entity_id, remote_address, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", false)) {
            for (int i = 0; i < notes.size(); i++) {
                AuditNote note = notes.get(i);
                rows.add(now, Columns.fit("audit user", note.user(), 60), Columns.fit("audit action", note.action(), 20),
                        Columns.fit("audit entity", entity, 30), Columns.fit("audit entity id", Long.toString(entityIds.get(i)), 40),
                        Columns.fit("audit remote address", note.remoteAddress(), 64),
                        note.detail().map(text -> text.length() > DETAIL_LENGTH ? text.substring(0, DETAIL_LENGTH) : text)
                                .orElse(null));
            }
            rows.execute();
        }
    }

    /**
     * The detail is a note for the reader of the log (never patient data), so a long one is cut to its column
     * rather than failing the write it describes.
     */
    private static void insert(Handle handle, Clock clock, String user, String action, String entity,
                               Optional<String> entityId, Optional<String> remoteAddress, Optional<String> detail) {
        handle.createUpdate("""
                        INSERT INTO audit_log (occurred_at, user_name, action, entity, entity_id, remote_address, detail)
                        VALUES (:now, :user, :action, :entity, :id, :remote, :detail)""")
                .bind("now", Timestamp.from(clock.instant())).bind("user", Columns.fit("audit user", user, 60))
                .bind("action", Columns.fit("audit action", action, 20)).bind("entity", Columns.fit("audit entity", entity, 30))
                .bind("id", Columns.fit("audit entity id", entityId, 40))
                .bind("remote", Columns.fit("audit remote address", remoteAddress, 64))
                .bind("detail", detail.map(text -> text.length() > DETAIL_LENGTH ? text.substring(0, DETAIL_LENGTH) : text)
                        .orElse(null))
                .execute();
    }

    /**
     * Puts every audit row committed since the last seal into the hash chain, oldest first; how many were sealed.
     * The server seals every second and the database seals when it closes.
     */
    public int seal() {
        return new AuditChain(jdbi).seal();
    }

    /** Seals what is waiting, then walks the whole chain: every changed or missing row is named. */
    public AuditVerification verify() {
        seal();
        return new AuditChain(jdbi).verify();
    }

    /** The newest entries first. */
    public List<AuditEntry> recent(int limit) {
        return find(AuditQuery.ALL, limit, 0);
    }

    /** One page of the entries the query picks, newest first. */
    public List<AuditEntry> find(AuditQuery query, int limit, int offset) {
        return jdbi.withHandle(handle -> query.bindTo(handle.createQuery("SELECT * FROM audit_log" + query.where()
                        + " ORDER BY id DESC LIMIT :limit OFFSET :offset"))
                .bind("limit", Math.max(1, limit)).bind("offset", Math.max(0, offset))
                .map((rs, ctx) -> entry(rs)).list());
    }

    /** How many entries the query picks. */
    public long count(AuditQuery query) {
        return jdbi.withHandle(handle -> query.bindTo(handle.createQuery("SELECT COUNT(*) FROM audit_log" + query.where()))
                .mapTo(Long.class).one());
    }

    /** Every entry the query picks, oldest first, handed over one at a time (an export of years of log). */
    public void forEach(AuditQuery query, Consumer<AuditEntry> each) {
        jdbi.useTransaction(handle -> query.bindTo(handle.createQuery("SELECT * FROM audit_log" + query.where() + " ORDER BY id"))
                .setFetchSize(1_000).map((rs, ctx) -> entry(rs)).forEach(each));
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("chain_seq") != null, rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("user_name"), rs.getString("action"), rs.getString("entity"),
                Optional.ofNullable(rs.getString("entity_id")), Optional.ofNullable(rs.getString("remote_address")),
                Optional.ofNullable(rs.getString("detail")));
    }
}

package dev.cleanclaim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The audit log's hash chain: sealing gives each committed row the next place in the chain and a SHA-256 over the
 * previous row's hash and the row's own contents; verifying walks the chain and names every row whose contents no
 * longer match, every place missing, and a chain that ends before its head says it does.
 *
 * <p>Rows are written unsealed inside the transaction of the change they record, and sealed afterwards by one sealer
 * at a time (the head row is locked): chaining at insert would make every writing transaction wait for the chain, and
 * one that wrote its audit row early could deadlock with another. The gap between a row's commit and its seal is the
 * time until the next seal (the server seals every second; a command seals when it closes the database).
 */
final class AuditChain {

    /** The hash the first row chains to. */
    static final String GENESIS = "0".repeat(64);
    /** Rows fetched at a time while the chain is walked. */
    private static final int BATCH = 1_000;
    /** Problems listed before the rest are only counted. */
    private static final int PROBLEMS_LISTED = 100;

    private final Jdbi jdbi;

    AuditChain(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Seals every committed row not yet in the chain, oldest first; how many were sealed. */
    int seal() {
        // Most seconds nothing waits: looking first spares the database a locking transaction (and its sync).
        boolean waiting = jdbi.withHandle(handle -> handle.createQuery(
                "SELECT COUNT(*) FROM audit_log WHERE chain_seq IS NULL").mapTo(Long.class).one() > 0);
        if (!waiting) {
            return 0;
        }
        return jdbi.inTransaction(handle -> {
            Head head = handle.createQuery("SELECT last_seq, last_hash FROM audit_chain WHERE id = 1 FOR UPDATE")
                    .map((rs, ctx) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash"))).one();
            List<Row> unsealed = handle.createQuery("SELECT " + Row.COLUMNS + " FROM audit_log WHERE chain_seq IS NULL ORDER BY id")
                    .map((rs, ctx) -> Row.read(rs)).list();
            if (unsealed.isEmpty()) {
                return 0;
            }
            long seq = head.seq();
            String hash = head.hash();
            try (RowBatch seals = RowBatch.of(handle, "UPDATE audit_log SET chain_seq = ?, row_hash = ? WHERE id = ?", false)) {
                for (Row row : unsealed) {
                    seq++;
                    hash = hash(hash, seq, row);
                    seals.add(seq, hash, row.id());
                }
                seals.execute();
            }
            handle.createUpdate("UPDATE audit_chain SET last_seq = :seq, last_hash = :hash WHERE id = 1")
                    .bind("seq", seq).bind("hash", hash).execute();
            return unsealed.size();
        });
    }

    /** Walks the whole chain; rows written since the last seal are counted, not judged. */
    AuditVerification verify() {
        return jdbi.withHandle(handle -> {
            Head head = handle.createQuery("SELECT last_seq, last_hash FROM audit_chain WHERE id = 1")
                    .map((rs, ctx) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash"))).one();
            Walk walk = new Walk();
            handle.createQuery("SELECT " + Row.COLUMNS + ", chain_seq, row_hash FROM audit_log WHERE chain_seq IS NOT NULL"
                            + " ORDER BY chain_seq")
                    .setFetchSize(BATCH)
                    .map((rs, ctx) -> new Sealed(Row.read(rs), rs.getLong("chain_seq"), rs.getString("row_hash")))
                    .forEach(walk::step);
            walk.end(head);
            long unsealed = handle.createQuery("SELECT COUNT(*) FROM audit_log WHERE chain_seq IS NULL").mapTo(Long.class).one();
            return new AuditVerification(walk.checked, unsealed, walk.found, walk.problems);
        });
    }

    /** The hash of a row at its place, chained to the hash before it. */
    static String hash(String previous, long seq, Row row) {
        StringBuilder text = new StringBuilder(previous).append('\n').append(seq);
        for (String field : row.fields()) {
            // Length-prefixed, so no field's contents can pass for a boundary between two fields.
            text.append('\n').append(field == null ? -1 : field.length()).append(':').append(field == null ? "" : field);
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private record Head(long seq, String hash) {
    }

    /** A row's contents as stored, which are what is sealed (read back, so both databases' precision is the same). */
    record Row(long id, String occurredAt, String user, String action, String entity, String entityId,
               String remoteAddress, String detail) {
        static final String COLUMNS = "id, occurred_at, user_name, action, entity, entity_id, remote_address, detail";

        static Row read(ResultSet rs) throws SQLException {
            return new Row(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant().toString(), rs.getString("user_name"),
                    rs.getString("action"), rs.getString("entity"), rs.getString("entity_id"), rs.getString("remote_address"),
                    rs.getString("detail"));
        }

        List<String> fields() {
            List<String> fields = new ArrayList<>();
            fields.add(Long.toString(id));
            fields.add(occurredAt);
            fields.add(user);
            fields.add(action);
            fields.add(entity);
            fields.add(entityId);
            fields.add(remoteAddress);
            fields.add(detail);
            return fields;
        }
    }

    private record Sealed(Row row, long seq, String hash) {
    }

    /** The chain walked in order: each place follows the last, each hash follows from the one before. */
    private static final class Walk {
        private long checked;
        private long expected = 1;
        private String previous = GENESIS;
        private long found;
        private final List<AuditVerification.Problem> problems = new ArrayList<>();

        void step(Sealed sealed) {
            checked++;
            if (sealed.seq() != expected) {
                long lastMissing = sealed.seq() - 1;
                problem(sealed.row().id(), expected, lastMissing > expected
                        ? "rows " + expected + " to " + lastMissing + " of the chain are missing (deleted after they were sealed)"
                        : "row " + expected + " of the chain is missing (deleted after it was sealed)");
                // The row after a gap cannot chain to the hash before it; the chain is judged again from here.
            } else if (!hash(previous, sealed.seq(), sealed.row()).equals(sealed.hash())) {
                problem(sealed.row().id(), sealed.seq(), "its contents changed after it was sealed");
            }
            previous = sealed.hash();
            expected = sealed.seq() + 1;
        }

        void end(Head head) {
            if (expected - 1 < head.seq()) {
                problem(0, expected, "the chain ends at row " + (expected - 1) + " but its head says " + head.seq()
                        + ": the last rows were deleted");
            } else if (!previous.equals(head.hash()) && checked > 0) {
                problem(0, head.seq(), "the chain's last hash is not the one its head keeps: the head or the last row"
                        + " was changed");
            }
        }

        private void problem(long id, long seq, String what) {
            found++;
            if (problems.size() < PROBLEMS_LISTED) {
                problems.add(new AuditVerification.Problem(id, seq, what));
            }
        }
    }
}

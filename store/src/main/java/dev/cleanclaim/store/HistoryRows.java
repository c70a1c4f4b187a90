package dev.cleanclaim.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jdbi.v3.core.Handle;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The history tables (V8): one row per change to a patient or a visit, inserted inside the change's own
 * transaction by {@link PatientStore} and {@link VisitStore}, read newest first by {@link ChangeHistory}.
 */
final class HistoryRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Which record's history: its table and the column naming the record. */
    enum Of {
        PATIENT("patient_history", "patient_id"), VISIT("visit_history", "visit_id");

        private final String table;
        private final String column;

        Of(String table, String column) {
            this.table = table;
            this.column = column;
        }
    }

    private HistoryRows() {
    }

    static void insert(Handle handle, Clock clock, Of of, long recordId, int version, String user, ChangeKind kind,
                       List<FieldChange> changes) {
        handle.createUpdate("INSERT INTO " + of.table + " (" + of.column
                        + ", version, occurred_at, user_name, change_kind, changes)"
                        + " VALUES (:record, :version, :now, :user, :kind, :changes)")
                .bind("record", recordId).bind("version", version).bind("now", Timestamp.from(clock.instant()))
                .bind("user", Columns.fit("history user", user, 60)).bind("kind", kind.id())
                .bind("changes", write(changes)).execute();
    }

    static HistoryPage page(Handle handle, Of of, long recordId, int offset, int limit) {
        long total = handle.createQuery("SELECT COUNT(*) FROM " + of.table + " WHERE " + of.column + " = :record")
                .bind("record", recordId).mapTo(Long.class).one();
        List<HistoryEntry> entries = handle.createQuery("SELECT * FROM " + of.table + " WHERE " + of.column
                        + " = :record ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .bind("record", recordId).bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> {
                    String kind = rs.getString("change_kind");
                    return new HistoryEntry(rs.getLong("id"), rs.getLong(of.column), rs.getInt("version"),
                            rs.getTimestamp("occurred_at").toInstant(), rs.getString("user_name"),
                            ChangeKind.parse(kind).orElseThrow(() -> new IllegalStateException(
                                    "unknown change kind " + kind + " in " + of.table)),
                            read(rs.getString("changes")));
                })
                .list();
        return new HistoryPage(entries, total, offset, limit);
    }

    private static String write(List<FieldChange> changes) {
        ArrayNode array = JSON.createArrayNode();
        for (FieldChange change : changes) {
            ObjectNode node = array.addObject().put("field", change.field());
            change.before().ifPresent(before -> node.put("before", before));
            change.after().ifPresent(after -> node.put("after", after));
        }
        return array.toString();
    }

    private static List<FieldChange> read(String json) {
        JsonNode array;
        try {
            array = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a history row's changes are not JSON", e);
        }
        List<FieldChange> changes = new ArrayList<>();
        for (JsonNode node : array) {
            changes.add(new FieldChange(node.path("field").asText(), text(node, "before"), text(node, "after")));
        }
        return changes;
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }
}

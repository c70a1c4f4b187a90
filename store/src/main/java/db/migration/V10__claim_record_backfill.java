package db.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the claims stored as the API's JSON text (claim.body) into the rows V9 made, so an upgraded workspace keeps
 * every claim it had. It reads the JSON as the app wrote it until then and is frozen with it: later changes to the
 * claim classes do not change what this migration did. A body without a unit method (never written by the app) is
 * taken as the CMS total-time method with no timed minutes, the default of every payer pack.
 */
public class V10__claim_record_backfill extends BaseJavaMigration {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
             PreparedStatement claim = connection.prepareStatement("""
                     UPDATE claim SET unit_method = ?, total_timed_minutes = ?, total_timed_units = ?, scrubbed_payer_id = ?
                     WHERE id = ?""");
             PreparedStatement line = connection.prepareStatement("""
                     INSERT INTO claim_line (claim_id, line_number, code, modifiers, units, minutes, pointers, charge_cents,
                       allowed_cents, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)""");
             PreparedStatement diagnosis = connection.prepareStatement(
                     "INSERT INTO claim_diagnosis (claim_id, position, code) VALUES (?, ?, ?)");
             PreparedStatement finding = connection.prepareStatement("""
                     INSERT INTO claim_finding (claim_id, position, rule, severity, codes, message, source, fix, remedy)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            select.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = select.executeQuery("SELECT id, payer_id, body FROM claim ORDER BY id")) {
                while (rows.next()) {
                    long id = rows.getLong("id");
                    JsonNode body = JSON.readTree(rows.getString("body"));
                    claim(claim, id, rows.getString("payer_id"), body);
                    lines(line, id, body.path("lines"));
                    diagnoses(diagnosis, id, body.path("diagnoses"));
                    findings(finding, id, body.path("findings"));
                    if (++pending == BATCH) {
                        flush(claim, line, diagnosis, finding);
                        pending = 0;
                    }
                }
            }
            flush(claim, line, diagnosis, finding);
        }
    }

    private static void claim(PreparedStatement claim, long id, String payerId, JsonNode body) throws SQLException {
        String method = body.path("unitMethod").asText("");
        claim.setString(1, method.isEmpty() ? "medicare" : method);
        claim.setInt(2, body.path("totalTimedMinutes").asInt(0));
        claim.setInt(3, body.path("totalTimedUnits").asInt(0));
        String scrubbedFor = body.path("payer").asText("");
        claim.setString(4, scrubbedFor.isEmpty() || scrubbedFor.equals(payerId) ? null : scrubbedFor);
        claim.setLong(5, id);
        claim.addBatch();
    }

    private static void lines(PreparedStatement insert, long id, JsonNode lines) throws SQLException {
        int number = 0;
        for (JsonNode line : lines) {
            if (!line.isObject()) {
                continue;
            }
            insert.setLong(1, id);
            insert.setInt(2, ++number);
            insert.setString(3, line.path("code").asText());
            insert.setString(4, joined(line.path("modifiers")));
            insert.setInt(5, line.path("units").asInt());
            if (line.hasNonNull("minutes")) {
                insert.setInt(6, line.get("minutes").asInt());
            } else {
                insert.setNull(6, Types.INTEGER);
            }
            insert.setString(7, joined(line.path("diagnosisPointers")));
            cents(insert, 8, line.get("charge"));
            cents(insert, 9, line.get("allowed"));
            insert.addBatch();
        }
    }

    private static void diagnoses(PreparedStatement insert, long id, JsonNode diagnoses) throws SQLException {
        int position = 0;
        for (JsonNode diagnosis : diagnoses) {
            insert.setLong(1, id);
            insert.setInt(2, ++position);
            insert.setString(3, diagnosis.asText());
            insert.addBatch();
        }
    }

    /** Severity is copied as written: a word the app does not know is refused when the claim is read, not here. */
    private static void findings(PreparedStatement insert, long id, JsonNode findings) throws SQLException {
        int position = 0;
        for (JsonNode finding : findings) {
            insert.setLong(1, id);
            insert.setInt(2, ++position);
            insert.setString(3, finding.path("rule").asText());
            insert.setString(4, finding.path("severity").asText());
            insert.setString(5, joined(finding.path("codes")));
            insert.setString(6, finding.path("message").asText());
            insert.setString(7, finding.path("source").asText());
            insert.setString(8, finding.hasNonNull("fix") ? finding.get("fix").asText() : null);
            insert.setString(9, finding.hasNonNull("remedy") ? finding.get("remedy").toString() : null);
            insert.addBatch();
        }
    }

    /** Money was written as dollars and cents text ("45.50"); it is kept as whole cents. */
    private static void cents(PreparedStatement insert, int index, JsonNode amount) throws SQLException {
        if (amount == null || amount.isNull()) {
            insert.setNull(index, Types.BIGINT);
        } else {
            insert.setLong(index, new BigDecimal(amount.asText()).movePointRight(2).longValueExact());
        }
    }

    private static String joined(JsonNode values) {
        List<String> texts = new ArrayList<>();
        values.forEach(value -> texts.add(value.asText()));
        return String.join(",", texts);
    }

    private static void flush(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
    }
}

package dev.cleanclaim.store;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * H2's guard of the audit log (migration V19): a row once written is never changed or deleted, as PostgreSQL's
 * trigger of the same name enforces there. The one change allowed is the sealer's: giving an unsealed row its place
 * in the hash chain and its hash (chain_seq and row_hash from NULL), every other column as it was.
 *
 * <p>H2 names this class in the database itself (CREATE TRIGGER ... CALL), so it must keep its name and package.
 * Someone who can drop the trigger can still edit the table; that is what the hash chain and `audit verify` are for.
 */
public final class AuditLogAppendOnly implements Trigger {

    /** The trigger's name in both databases. */
    public static final String TRIGGER = "audit_log_append_only";
    /** What the refusal says, in both databases. */
    public static final String REFUSAL = "audit_log is append-only: a row is never changed or deleted";

    private static final List<String> SEAL_COLUMNS = List.of("CHAIN_SEQ", "ROW_HASH");

    /** Positions (0-based) of the sealer's two columns within a row. */
    private final List<Integer> sealColumns = new ArrayList<>();

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        try (ResultSet columns = connection.getMetaData().getColumns(null, schema, table, null)) {
            while (columns.next()) {
                if (SEAL_COLUMNS.contains(columns.getString("COLUMN_NAME").toUpperCase(java.util.Locale.ROOT))) {
                    sealColumns.add(columns.getInt("ORDINAL_POSITION") - 1);
                }
            }
        }
        if (sealColumns.size() != SEAL_COLUMNS.size()) {
            throw new SQLException(TRIGGER + ": audit_log has no chain_seq and row_hash columns");
        }
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null && newRow != null && isSealing(oldRow, newRow)) {
            return;
        }
        // SQLSTATE 42501 (insufficient privilege): what PostgreSQL's trigger raises too
        throw new SQLException(REFUSAL + " (" + (newRow == null ? "DELETE" : "UPDATE") + " refused)", "42501");
    }

    /** The sealer's update: both seal columns were NULL, and no other column changes. */
    private boolean isSealing(Object[] oldRow, Object[] newRow) {
        for (int column = 0; column < oldRow.length; column++) {
            if (sealColumns.contains(column)) {
                if (oldRow[column] != null) {
                    return false;
                }
            } else if (!Objects.deepEquals(oldRow[column], newRow[column])) {
                return false;
            }
        }
        return true;
    }
}

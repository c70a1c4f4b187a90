package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes audit_log append-only in the database itself (HIPAA §164.312(b), integrity of audit records): an UPDATE or
 * DELETE of a row is refused by a trigger, whatever program sends it, so a user with the database's password cannot
 * quietly rewrite history; only the table's owner can drop the trigger, and the hash chain shows what changed then.
 * The sealer's update (chain_seq and row_hash from NULL, nothing else changed) is the one change allowed.
 *
 * <p>Each database gets its own trigger: PL/pgSQL on PostgreSQL (which also refuses TRUNCATE), a Java class
 * ({@code dev.cleanclaim.store.AuditLogAppendOnly}) on H2, which has no procedural language. The SQL is frozen here.
 */
public class V19__audit_log_append_only extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String product = connection.getMetaData().getDatabaseProductName();
        try (Statement statement = connection.createStatement()) {
            switch (product) {
                case "PostgreSQL" -> postgres(statement);
                case "H2" -> statement.execute("CREATE TRIGGER audit_log_append_only BEFORE UPDATE, DELETE ON audit_log"
                        + " FOR EACH ROW CALL 'dev.cleanclaim.store.AuditLogAppendOnly'");
                default -> throw new SQLException("cleanclaim runs on H2 or PostgreSQL, not " + product);
            }
        }
    }

    private static void postgres(Statement statement) throws SQLException {
        statement.execute("""
                CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    -- the sealer: both seal columns were empty, and every other column is as it was
                    IF TG_OP = 'UPDATE' THEN
                        IF OLD.chain_seq IS NULL AND OLD.row_hash IS NULL
                           AND (to_jsonb(NEW) - 'chain_seq' - 'row_hash') = (to_jsonb(OLD) - 'chain_seq' - 'row_hash') THEN
                            RETURN NEW;
                        END IF;
                    END IF;
                    RAISE EXCEPTION 'audit_log is append-only: a row is never changed or deleted (% refused)', TG_OP
                        USING ERRCODE = '42501';
                END
                $$""");
        statement.execute("""
                CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
                FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()""");
        statement.execute("""
                CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
                FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()""");
    }
}

package dev.cleanclaim.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit log's hash chain on every database: sealed rows verify; a row changed, deleted or cut from the end is
 * named. The database refuses such changes itself (V19's trigger), so the tampering tests act as the table's owner
 * would: lift the trigger, change the table, put the trigger back. Each test puts back what it tampered with, so the
 * shared database's chain stays whole for the others.
 */
abstract class AuditChainContract {

    abstract Database database();

    private List<Long> rows;

    @BeforeEach
    void threeSealedRows() {
        String user = "auditor-" + System.nanoTime();
        for (String action : List.of("read", "update", "read")) {
            database().audit().record(user, action, "patient", Optional.of("42"), Optional.of("10.0.0.9"),
                    Optional.of("chain test"));
        }
        database().audit().seal();
        rows = database().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT id FROM audit_log WHERE user_name = :user ORDER BY id").bind("user", user).mapTo(Long.class).list());
    }

    @Test
    void sealed_rows_verify_intact_and_verifying_seals_what_was_written_since() {
        database().audit().record("auditor", "read", "patient", Optional.of("43"), Optional.empty(), Optional.empty());

        AuditVerification verification = database().audit().verify();

        assertThat(verification.intact()).as(verification.problems().toString()).isTrue();
        assertThat(verification.unsealed()).isZero();
        assertThat(verification.checked()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void a_row_changed_after_it_was_sealed_is_named() throws Exception {
        long middle = rows.get(1);
        asTableOwner("UPDATE audit_log SET user_name = 'someone-else' WHERE id = " + middle);
        try {
            AuditVerification verification = database().audit().verify();

            assertThat(verification.intact()).isFalse();
            assertThat(verification.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.rowId()).isEqualTo(middle);
                assertThat(problem.what()).contains("changed after it was sealed");
            });
        } finally {
            asTableOwner("UPDATE audit_log SET user_name = (SELECT user_name FROM audit_log WHERE id = " + rows.get(0) + ") WHERE id = "
                    + middle);
        }
        assertThat(database().audit().verify().intact()).isTrue();
    }

    @Test
    void a_row_deleted_after_it_was_sealed_is_named_by_its_place() throws Exception {
        long middle = rows.get(1);
        Map<String, Object> kept = row(middle);
        asTableOwner("DELETE FROM audit_log WHERE id = " + middle);
        try {
            AuditVerification verification = database().audit().verify();

            assertThat(verification.intact()).isFalse();
            assertThat(verification.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.rowId()).isEqualTo(rows.get(2));
                assertThat(problem.place()).isEqualTo(((Number) kept.get("chain_seq")).longValue());
                assertThat(problem.what()).contains("of the chain is missing (deleted after it was sealed)");
            });
        } finally {
            putBack(kept);
        }
        assertThat(database().audit().verify().intact()).isTrue();
    }

    @Test
    void the_last_rows_deleted_are_seen_from_the_chains_head() throws Exception {
        long last = rows.get(2);
        Map<String, Object> kept = row(last);
        asTableOwner("DELETE FROM audit_log WHERE id = " + last);
        try {
            AuditVerification verification = database().audit().verify();

            assertThat(verification.problems()).singleElement()
                    .satisfies(problem -> assertThat(problem.what()).contains("the last rows were deleted"));
        } finally {
            putBack(kept);
        }
        assertThat(database().audit().verify().intact()).isTrue();
    }

    @Test
    void the_database_refuses_to_change_an_audit_row() {
        long middle = rows.get(1);

        assertThatThrownBy(() -> update("UPDATE audit_log SET user_name = 'someone-else' WHERE id = " + middle))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> update("UPDATE audit_log SET row_hash = NULL, chain_seq = NULL WHERE id = " + middle))
                .as("a sealed row is not unsealed either").hasStackTraceContaining("append-only");
        assertThat(database().audit().verify().intact()).isTrue();
    }

    @Test
    void the_database_refuses_to_delete_an_audit_row() {
        assertThatThrownBy(() -> update("DELETE FROM audit_log WHERE id = " + rows.get(2))).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> update("DELETE FROM audit_log")).hasStackTraceContaining("append-only");
        assertThat(row(rows.get(2))).isNotEmpty();
        assertThat(database().audit().verify().intact()).isTrue();
    }

    @Test
    void the_sealer_may_give_an_unsealed_row_its_place_and_hash_but_nothing_else_may_change_with_them() {
        String user = "unsealed-" + System.nanoTime();
        database().audit().record(user, "read", "patient", Optional.of("44"), Optional.empty(), Optional.empty());
        long unsealed = database().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT id FROM audit_log WHERE user_name = :user").bind("user", user).mapTo(Long.class).one());

        assertThatThrownBy(() -> update("UPDATE audit_log SET chain_seq = 999999999, row_hash = 'x', user_name = 'someone-else'"
                + " WHERE id = " + unsealed)).hasStackTraceContaining("append-only");
        assertThat(database().audit().seal()).isGreaterThanOrEqualTo(1);
        assertThat(row(unsealed).get("row_hash")).isNotNull();
        assertThat(database().audit().verify().intact()).isTrue();
    }

    private void update(String sql) {
        database().jdbi().useHandle(handle -> handle.execute(sql));
    }

    /**
     * What the table's owner (a privileged attacker, or an administrator's documented repair) can do despite the
     * trigger: lift it, run the statement, and put it back, as V19 made it.
     */
    private void asTableOwner(String sql) throws java.sql.SQLException {
        database().jdbi().useHandle(handle -> {
            boolean postgres = handle.getConnection().getMetaData().getDatabaseProductName().equals("PostgreSQL");
            handle.execute(postgres ? "ALTER TABLE audit_log DISABLE TRIGGER " + AuditLogAppendOnly.TRIGGER
                    : "DROP TRIGGER " + AuditLogAppendOnly.TRIGGER);
            try {
                handle.execute(sql);
            } finally {
                handle.execute(postgres ? "ALTER TABLE audit_log ENABLE TRIGGER " + AuditLogAppendOnly.TRIGGER
                        : "CREATE TRIGGER " + AuditLogAppendOnly.TRIGGER + " BEFORE UPDATE, DELETE ON audit_log FOR EACH ROW CALL '"
                        + AuditLogAppendOnly.class.getName() + "'");
            }
        });
    }

    private Map<String, Object> row(long id) {
        return database().jdbi().withHandle(handle -> handle.createQuery("SELECT * FROM audit_log WHERE id = :id")
                .bind("id", id).mapToMap().one());
    }

    private void putBack(Map<String, Object> row) {
        database().jdbi().useHandle(handle -> handle.createUpdate("""
                        INSERT INTO audit_log (id, occurred_at, user_name, action, entity, entity_id, remote_address, detail,
                          chain_seq, row_hash)
                        VALUES (:id, :occurred_at, :user_name, :action, :entity, :entity_id, :remote_address, :detail,
                          :chain_seq, :row_hash)""")
                .bindMap(row).execute());
    }
}

package dev.cleanclaim.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log's hash chain on every database: sealed rows verify; a row changed, deleted or cut from the end is
 * named. Each test puts back what it tampered with, so the shared database's chain stays whole for the others.
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
    void a_row_changed_after_it_was_sealed_is_named() {
        long middle = rows.get(1);
        update("UPDATE audit_log SET user_name = 'someone-else' WHERE id = " + middle);
        try {
            AuditVerification verification = database().audit().verify();

            assertThat(verification.intact()).isFalse();
            assertThat(verification.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.rowId()).isEqualTo(middle);
                assertThat(problem.what()).contains("changed after it was sealed");
            });
        } finally {
            update("UPDATE audit_log SET user_name = (SELECT user_name FROM audit_log WHERE id = " + rows.get(0) + ") WHERE id = "
                    + middle);
        }
        assertThat(database().audit().verify().intact()).isTrue();
    }

    @Test
    void a_row_deleted_after_it_was_sealed_is_named_by_its_place() {
        long middle = rows.get(1);
        Map<String, Object> kept = row(middle);
        update("DELETE FROM audit_log WHERE id = " + middle);
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
    void the_last_rows_deleted_are_seen_from_the_chains_head() {
        long last = rows.get(2);
        Map<String, Object> kept = row(last);
        update("DELETE FROM audit_log WHERE id = " + last);
        try {
            AuditVerification verification = database().audit().verify();

            assertThat(verification.problems()).singleElement()
                    .satisfies(problem -> assertThat(problem.what()).contains("the last rows were deleted"));
        } finally {
            putBack(kept);
        }
        assertThat(database().audit().verify().intact()).isTrue();
    }

    private void update(String sql) {
        database().jdbi().useHandle(handle -> handle.execute(sql));
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

package dev.cleanclaim.app.cli;

import dev.cleanclaim.app.workspace.DemoPractice;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.AuditLogAppendOnly;
import dev.cleanclaim.store.DatabaseSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** cleanclaim audit verify: the hash chain of a demo workspace's audit log, whole and tampered with. */
class AuditCommandTest {

    @TempDir
    Path data;

    @BeforeEach
    void aDemoWorkspace() {
        try (Database database = Database.open(DatabaseSettings.embedded(data), Cli.CLOCK)) {
            DemoPractice.seedIfEmpty(database, Cli.RULES, Cli.CLOCK);
        }
    }

    @Test
    void an_untouched_audit_log_verifies_intact_and_the_check_itself_is_audited() throws SQLException {
        Cli.Run run = Cli.run("audit", "verify", "--data", data.toString(), "--user", "ana");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("\"intact\":true", "\"problemsFound\":0");
        assertThat(longFrom("SELECT COUNT(*) FROM audit_log WHERE action = 'verify' AND user_name = 'ana'")).isEqualTo(1);
    }

    @Test
    void an_audit_row_edited_in_the_database_is_named_and_the_exit_code_says_so() throws SQLException {
        Cli.run("audit", "verify", "--data", data.toString());
        long row = longFrom("SELECT MIN(id) FROM audit_log");
        asTableOwner("UPDATE audit_log SET user_name = 'nobody' WHERE id = " + row);

        Cli.Run run = Cli.run("audit", "verify", "--data", data.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.AUDIT_LOG_BROKEN);
        assertThat(run.out()).contains("\"intact\":false", "\"auditRow\":" + row);
        assertThat(run.err()).contains("audit row " + row, "changed after it was sealed");
    }

    @Test
    void an_audit_row_deleted_from_the_database_is_missed_at_its_place() throws SQLException {
        Cli.run("audit", "verify", "--data", data.toString());
        long second = longFrom("SELECT MIN(id) FROM audit_log WHERE id > (SELECT MIN(id) FROM audit_log)");
        long place = longFrom("SELECT chain_seq FROM audit_log WHERE id = " + second);
        asTableOwner("DELETE FROM audit_log WHERE id = " + second);

        Cli.Run run = Cli.run("audit", "verify", "--data", data.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.AUDIT_LOG_BROKEN);
        assertThat(run.err()).contains("row " + place + " of the chain is missing (deleted after it was sealed)");
    }

    /** The database as someone with the data folder could open it: its password is in the folder. */
    private Connection connect() throws SQLException {
        DatabaseSettings settings = DatabaseSettings.embedded(data);
        try {
            return DriverManager.getConnection(settings.url(), settings.user(),
                    Files.readString(data.resolve("database-password")).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long longFrom(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /**
     * The database refuses the edit itself (V19's trigger); someone holding the data folder, and so the database's
     * password, can drop the trigger first, as this does. What they change then is what verify must catch.
     */
    private void asTableOwner(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TRIGGER " + AuditLogAppendOnly.TRIGGER);
            statement.executeUpdate(sql);
        }
    }

    @Test
    void the_database_refuses_an_edit_or_a_delete_of_an_audit_row_while_its_trigger_stands() throws SQLException {
        Cli.run("audit", "verify", "--data", data.toString());
        long row = longFrom("SELECT MIN(id) FROM audit_log");

        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> statement.executeUpdate(
                    "UPDATE audit_log SET user_name = 'nobody' WHERE id = " + row)).hasMessageContaining("append-only");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> statement.executeUpdate(
                    "DELETE FROM audit_log WHERE id = " + row)).hasMessageContaining("append-only");
        }
        assertThat(Cli.run("audit", "verify", "--data", data.toString()).exitCode()).isEqualTo(ExitCode.OK);
    }
}

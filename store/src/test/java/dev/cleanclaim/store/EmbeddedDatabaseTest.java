package dev.cleanclaim.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The embedded H2 file database: its own password, owner-only files, no server mode, one process at a time. */
class EmbeddedDatabaseTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void a_database_an_older_cleanclaim_made_with_the_empty_password_opens_and_is_given_a_password_of_its_own(
            @TempDir Path data) throws Exception {
        String url = DatabaseSettings.embedded(data).url();
        // As an older cleanclaim opened it: H2's user sa with the empty password.
        try (Database old = Database.open(new DatabaseSettings(url, "sa", ""), CLOCK)) {
            old.practices().create(Samples.practice());
        }

        Database.open(DatabaseSettings.embedded(data), CLOCK).close();

        assertThat(Files.readString(data.resolve(EmbeddedPassword.FILE_NAME).toAbsolutePath()).strip()).hasSize(48);
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close())
                .as("the empty password no longer opens it").isInstanceOf(SQLException.class);
        try (Database again = Database.open(DatabaseSettings.embedded(data), CLOCK)) {
            assertThat(again.practices().firstId()).isPresent();
        }
    }

    @Test
    void the_url_has_no_server_mode_no_write_delay_and_no_trace_file(@TempDir Path data) {
        String url = DatabaseSettings.embedded(data).url();
        assertThat(url).doesNotContain("AUTO_SERVER").contains(";WRITE_DELAY=0").contains(";TRACE_LEVEL_FILE=0");
        assertThat(DatabaseSettings.fromUrl("jdbc:h2:file:/tmp/x", java.util.Map.of()).url())
                .contains(";WRITE_DELAY=0").contains(";TRACE_LEVEL_FILE=0");
    }

    @Test
    void the_folder_and_every_file_in_it_are_made_readable_by_the_owner_only(@TempDir Path temp) throws Exception {
        assumeTrue(OwnerOnly.supported(temp), "a POSIX file system");
        Path data = Files.createDirectory(temp.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (Database opened = Database.open(DatabaseSettings.embedded(data), CLOCK)) {
            opened.practices().create(Samples.practice());
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        try (var files = Files.list(data)) {
            for (Path file : files.toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                        .isEqualTo("rw-------");
            }
        }
    }

    @Test
    void the_lock_error_of_a_folder_another_process_holds_is_recognised_whatever_wraps_it() {
        // A second process is refused for real in the app's test beside a running serve (KilledServeTest); H2 shares
        // a database between the connections of one process, so this test can only check the error is recognised.
        SQLException locked = new SQLException("Database may be already in use", "90020", 90020);
        assertThat(EmbeddedPassword.isInUse(new RuntimeException(new RuntimeException(locked)))).isTrue();
        assertThat(EmbeddedPassword.isInUse(new RuntimeException(new SQLException("other", "42000", 42000)))).isFalse();
    }
}

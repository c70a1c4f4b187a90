package dev.cleanclaim.app.cli;

import dev.cleanclaim.app.security.InitialUsers;
import dev.cleanclaim.store.UserRole;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What serve says at its start: the demo only when seeded, "a new workspace" only when there was no practice. */
class StartMessageTest {

    private static final InitialUsers.Credential ADMIN_FROM_ENVIRONMENT = new InitialUsers.Credential("admin", UserRole.ADMIN,
            Optional.empty(), InitialUsers.ADMIN_PASSWORD);

    private static final FirstPasswords.Delivery NONE = new FirstPasswords.Delivery.NoneMadeUp();

    @Test
    void an_admin_password_from_the_environment_on_an_imported_practice_is_no_new_workspace() {
        List<String> lines = StartMessage.lines(false, true, false, List.of(ADMIN_FROM_ENVIRONMENT), NONE);

        assertThat(lines).containsExactly("cleanclaim: users created at this start (only hashes of their passwords are kept):",
                ADMIN_FROM_ENVIRONMENT.describe());
    }

    @Test
    void an_admin_password_from_the_environment_on_an_empty_database_starts_a_new_workspace() {
        assertThat(StartMessage.lines(false, false, false, List.of(ADMIN_FROM_ENVIRONMENT), NONE))
                .containsExactly("cleanclaim: a new workspace. Its admin:", ADMIN_FROM_ENVIRONMENT.describe());
    }

    @Test
    void the_demo_is_announced_only_when_this_start_seeded_it() {
        assertThat(StartMessage.lines(true, false, true, List.of(ADMIN_FROM_ENVIRONMENT), NONE)).first().asString()
                .contains("a new workspace with the demo practice");
        assertThat(StartMessage.lines(true, true, false, List.of(), NONE))
                .containsExactly("cleanclaim: the workspace already holds a practice, so --demo added nothing.");
    }

    @Test
    void a_later_start_that_made_nobody_says_nothing() {
        assertThat(StartMessage.lines(false, true, false, List.of(), NONE)).isEmpty();
    }
}

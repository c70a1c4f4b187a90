package dev.cleanclaim.app.security;

import dev.cleanclaim.app.testing.HandSetClock;
import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.DemoPractice;
import dev.cleanclaim.app.workspace.WorkspaceException;
import dev.cleanclaim.rules.BuiltInRuleData;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.DatabaseSettings;
import dev.cleanclaim.store.UserAccount;
import dev.cleanclaim.store.UserRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserAdminTest {

    private static final String PASSWORD = "twelve chars or more";
    private static int databases;

    private final HandSetClock clock = new HandSetClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final Database database = Database.open(DatabaseSettings.inMemory("user-admin-" + (++databases)), clock);
    private final PasswordHasher hasher = new PasswordHasher();
    private final UserAdmin users = new UserAdmin(database, hasher);
    private final Actor admin;
    private final long providerId;

    UserAdminTest() {
        DemoPractice.seedIfEmpty(database, BuiltInRuleData.load(), clock);
        UserAccount account = database.users().create("admin", hasher.hash(PASSWORD), UserRole.ADMIN, Optional.empty());
        admin = new Actor(account.id(), "admin", UserRole.ADMIN, Optional.empty(), "10.0.0.1");
        providerId = database.practices().providers(database.practices().firstId().orElseThrow()).get(0).id();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void a_therapist_is_created_with_their_provider_a_hashed_password_and_an_audit_entry() {
        UserAccount created = users.create(admin, "nora", PASSWORD, Optional.of(UserRole.THERAPIST), Optional.of(providerId));

        assertThat(created.providerId()).contains(providerId);
        assertThat(created.passwordHash()).doesNotContain(PASSWORD);
        assertThat(hasher.matches(PASSWORD, created.passwordHash())).isTrue();
        assertThat(database.audit().recent(5)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("create");
            assertThat(entry.user()).isEqualTo("admin");
            assertThat(entry.entityId()).contains(String.valueOf(created.id()));
        });
    }

    @Test
    void a_biller_is_created_without_a_provider_even_when_one_is_sent() {
        UserAccount created = users.create(admin, "b.ok_2-x", PASSWORD, Optional.of(UserRole.BILLER), Optional.of(providerId));

        assertThat(created.providerId()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "Nora", "nora smith", "-nora", "n@ra", "a1234567890123456789012345678901234567890"})
    void a_username_outside_three_to_forty_lower_case_letters_digits_dots_dashes_and_underscores_is_refused(String username) {
        assertThat(problemsOf(() -> users.create(admin, username, PASSWORD, Optional.of(UserRole.BILLER), Optional.empty())))
                .extracting(InputProblem::path).containsExactly("$.username");
    }

    @Test
    void every_problem_is_named_at_once_and_nothing_is_created() {
        long before = database.users().count();

        assertThat(problemsOf(() -> users.create(admin, "admin", "short", Optional.of(UserRole.THERAPIST), Optional.empty())))
                .extracting(InputProblem::path).containsExactly("$.username", "$.password", "$.provider");
        assertThat(problemsOf(() -> users.create(admin, "someone", PASSWORD, Optional.empty(), Optional.empty())))
                .extracting(InputProblem::path).containsExactly("$.role");
        assertThat(database.users().count()).isEqualTo(before);
    }

    @Test
    void a_therapist_with_a_provider_that_does_not_exist_is_refused() {
        assertThat(problemsOf(() -> users.create(admin, "nora", PASSWORD, Optional.of(UserRole.THERAPIST), Optional.of(999_999L))))
                .singleElement().satisfies(problem -> assertThat(problem.message()).contains("choose which"));
    }

    @Test
    void only_an_admin_lists_or_creates_users_and_a_refusal_is_audited() {
        Actor biller = new Actor(999, "biller", UserRole.BILLER, Optional.empty(), "10.0.0.2");

        assertThatThrownBy(() -> users.list(biller)).isInstanceOf(WorkspaceException.Forbidden.class);
        assertThatThrownBy(() -> users.create(biller, "mallory", PASSWORD, Optional.of(UserRole.ADMIN), Optional.empty()))
                .isInstanceOf(WorkspaceException.Forbidden.class);
        assertThat(database.users().findByUsername("mallory")).isEmpty();
        assertThat(database.audit().recent(5)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("denied");
            assertThat(entry.user()).isEqualTo("biller");
        });
    }

    @Test
    void an_admin_deactivates_and_reactivates_another_user_but_never_themselves() {
        UserAccount nora = users.create(admin, "nora", PASSWORD, Optional.of(UserRole.BILLER), Optional.empty());

        users.setActive(admin, nora.id(), false);
        assertThat(database.users().find(nora.id())).hasValueSatisfying(user -> assertThat(user.active()).isFalse());
        users.setActive(admin, nora.id(), true);
        assertThat(database.users().find(nora.id())).hasValueSatisfying(user -> assertThat(user.active()).isTrue());
        assertThat(problemsOf(() -> users.setActive(admin, admin.userId(), false))).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("cannot deactivate yourself"));
        assertThatThrownBy(() -> users.setActive(admin, 999_999, false)).isInstanceOf(WorkspaceException.NotFound.class);
    }

    private static List<InputProblem> problemsOf(Runnable action) {
        try {
            action.run();
        } catch (InputException refused) {
            return refused.problems();
        }
        throw new AssertionError("the request was accepted");
    }
}

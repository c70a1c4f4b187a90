package dev.cleanclaim.app.security;

import dev.cleanclaim.app.testing.HandSetClock;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.DatabaseSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InitialUsersTest {

    private static int databases;
    private final Database database = Database.open(DatabaseSettings.inMemory("initial-users-" + (++databases)),
            new HandSetClock(Instant.parse("2026-11-23T09:00:00Z")));

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void an_admin_password_from_the_environment_that_the_rules_refuse_stops_the_start_and_creates_nobody() {
        assertThatThrownBy(() -> InitialUsers.createIfNone(database, new PasswordHasher(),
                Map.of(InitialUsers.ADMIN_PASSWORD, "a"), false))
                .isInstanceOf(InitialUsers.WeakPassword.class)
                .hasMessageContaining("CLEANCLAIM_ADMIN_PASSWORD does not meet the password rules: at least 12 characters")
                .hasMessageNotContaining("\"a\"");
        assertThatThrownBy(() -> InitialUsers.createIfNone(database, new PasswordHasher(),
                Map.of(InitialUsers.ADMIN_PASSWORD, "password1234"), false))
                .isInstanceOf(InitialUsers.WeakPassword.class);
        assertThat(database.users().count()).isZero();
    }
}

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

    @Test
    void an_admin_totp_secret_from_the_environment_sets_up_the_admins_second_factor_for_a_scripted_start() {
        InitialUsers.createIfNone(database, new PasswordHasher(), Map.of(InitialUsers.ADMIN_PASSWORD,
                "a scripted start of our own", InitialUsers.ADMIN_TOTP_SECRET, "jbsw y3dp ehpk 3pxp jbsw y3dp ehpk 3pxp"), false);

        long admin = database.users().findByUsername("admin").orElseThrow().id();
        assertThat(database.secondFactors().of(admin).confirmed()).isTrue();
        assertThat(database.secondFactors().of(admin).secret()).contains("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
    }

    @Test
    void a_totp_secret_too_short_or_not_base32_stops_the_start_and_creates_nobody() {
        for (String secret : new String[]{"JBSWY3DPEHPK3PXP", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PX1"}) {
            assertThatThrownBy(() -> InitialUsers.createIfNone(database, new PasswordHasher(), Map.of(InitialUsers.ADMIN_PASSWORD,
                    "a scripted start of our own", InitialUsers.ADMIN_TOTP_SECRET, secret), false))
                    .isInstanceOf(InitialUsers.WeakPassword.class)
                    .hasMessageContaining("CLEANCLAIM_ADMIN_TOTP_SECRET is not a base32 secret").hasMessageNotContaining(secret);
        }
        assertThat(database.users().count()).isZero();
    }
}

package dev.cleanclaim.app.security;

import dev.cleanclaim.app.testing.HandSetClock;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.DatabaseSettings;
import dev.cleanclaim.store.UserRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticatorTest {

    private static final String PASSWORD = "a long enough passphrase";
    private static int databases;

    private final HandSetClock clock = new HandSetClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final Database database = Database.open(DatabaseSettings.inMemory("auth-" + (++databases)), clock);
    private final PasswordHasher hasher = new PasswordHasher();
    private final Sessions sessions = new Sessions(clock);
    private final Authenticator authenticator = new Authenticator(database, hasher, sessions, clock);

    AuthenticatorTest() {
        database.users().create("biller", hasher.hash(PASSWORD), UserRole.BILLER, Optional.empty());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void the_right_password_signs_in_with_a_live_session_and_an_audit_entry() {
        SignIn result = authenticator.signIn("biller", PASSWORD, "10.0.0.5");

        assertThat(result).isInstanceOfSatisfying(SignIn.SignedIn.class, signedIn -> {
            assertThat(signedIn.actor().role()).isEqualTo(UserRole.BILLER);
            assertThat(sessions.find(signedIn.session().id())).isPresent();
        });
        assertThat(database.audit().recent(5)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("sign-in");
            assertThat(entry.remoteAddress()).contains("10.0.0.5");
        });
    }

    @Test
    void a_wrong_password_and_an_unknown_user_get_the_same_refusal() {
        assertThat(authenticator.signIn("biller", "wrong", "10.0.0.5")).isEqualTo(authenticator.signIn("nobody", "wrong", "10.0.0.5"));
    }

    @Test
    void five_wrong_passwords_from_one_address_stop_that_address_but_not_the_real_user_elsewhere() {
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT_AND_ADDRESS; i++) {
            assertThat(authenticator.signIn("biller", "guess " + i, "10.6.6.6")).isInstanceOf(SignIn.Refused.class);
        }

        assertThat(authenticator.signIn("biller", PASSWORD, "10.6.6.6")).as("the guesser's address, even with the right password")
                .isInstanceOf(SignIn.Refused.class);
        assertThat(authenticator.signIn("biller", PASSWORD, "10.0.0.9")).as("the real user from their own address")
                .isInstanceOf(SignIn.SignedIn.class);
        clock.advance(LoginThrottle.WINDOW);
        assertThat(authenticator.signIn("biller", PASSWORD, "10.6.6.6")).isInstanceOf(SignIn.SignedIn.class);
    }

    @Test
    void a_locked_name_answers_exactly_like_an_unknown_one_so_names_cannot_be_enumerated() {
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT_AND_ADDRESS; i++) {
            authenticator.signIn("biller", "guess " + i, "10.6.6.6");
            authenticator.signIn("nobody", "guess " + i, "10.6.6.6");
        }

        assertThat(authenticator.signIn("biller", "guess", "10.6.6.6"))
                .isEqualTo(authenticator.signIn("nobody", "guess", "10.6.6.6"))
                .isEqualTo(authenticator.signIn("biller", "wrong", "10.0.0.1"));
    }

    @Test
    void many_failures_from_one_address_throttle_that_address_only() {
        for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
            authenticator.signIn("nobody-" + i, "guess", "10.6.6.6");
        }

        assertThat(authenticator.signIn("biller", PASSWORD, "10.6.6.6")).isInstanceOfSatisfying(SignIn.Throttled.class,
                throttled -> assertThat(throttled.retryAfter()).isPositive().isLessThanOrEqualTo(LoginThrottle.WINDOW));
        assertThat(authenticator.signIn("biller", PASSWORD, "10.0.0.7")).isInstanceOf(SignIn.SignedIn.class);
        clock.advance(LoginThrottle.WINDOW);
        assertThat(authenticator.signIn("biller", PASSWORD, "10.6.6.6")).isInstanceOf(SignIn.SignedIn.class);
    }

    @Test
    void an_api_token_is_shown_once_stored_as_a_hash_and_stops_working_when_revoked() {
        SignIn.SignedIn signedIn = (SignIn.SignedIn) authenticator.signIn("biller", PASSWORD, "10.0.0.5");
        setUpSecondFactor(); // a biller's tokens work only while they have one
        Authenticator.IssuedToken issued = authenticator.issueToken(signedIn.actor(), "laptop");

        assertThat(authenticator.actorOfToken(issued.token(), "10.0.0.5")).hasValueSatisfying(actor ->
                assertThat(actor.username()).isEqualTo("biller"));
        assertThat(database.apiTokens().activeUserOf(issued.token())).as("the clear token is not what is stored").isEmpty();
        assertThat(authenticator.revokeToken(signedIn.actor(), issued.stored().id())).isTrue();
        assertThat(authenticator.actorOfToken(issued.token(), "10.0.0.5")).isEmpty();
    }

    @Test
    void a_deactivated_user_loses_their_session_and_cannot_sign_in() {
        SignIn.SignedIn signedIn = (SignIn.SignedIn) authenticator.signIn("biller", PASSWORD, "10.0.0.5");

        database.users().setActive(signedIn.actor().userId(), false);

        assertThat(authenticator.actorOf(signedIn.session(), "10.0.0.5")).isEmpty();
        assertThat(sessions.find(signedIn.session().id())).isEmpty();
        assertThat(authenticator.signIn("biller", PASSWORD, "10.0.0.5")).isInstanceOf(SignIn.Refused.class);
    }

    @Test
    void an_api_token_lives_ninety_days_by_default_and_is_then_refused_as_expired() {
        SignIn.SignedIn signedIn = (SignIn.SignedIn) authenticator.signIn("biller", PASSWORD, "10.0.0.5");
        setUpSecondFactor(); // a biller's tokens work only while they have one
        Authenticator.IssuedToken issued = authenticator.issueToken(signedIn.actor(), "laptop");

        assertThat(issued.stored().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(90)));
        clock.advance(Duration.ofDays(90).minusSeconds(1));
        assertThat(authenticator.checkToken(issued.token(), "10.0.0.5")).isInstanceOf(TokenCheck.Accepted.class);
        clock.advance(Duration.ofSeconds(1));
        assertThat(authenticator.checkToken(issued.token(), "10.0.0.5")).isEqualTo(new TokenCheck.Expired(issued.stored().expiresAt()));
    }

    @Test
    void a_token_made_by_a_token_never_outlives_it_keeps_its_role_and_is_revoked_with_it_down_the_line() {
        SignIn.SignedIn signedIn = (SignIn.SignedIn) authenticator.signIn("biller", PASSWORD, "10.0.0.5");
        setUpSecondFactor(); // a biller's tokens work only while they have one
        Authenticator.IssuedToken parent = authenticator.issueToken(signedIn.actor(), Optional.empty(), "ci", Optional.of(10));
        Authenticator.IssuedToken child = authenticator.issueToken(signedIn.actor(), Optional.of(parent.stored()), "job",
                Optional.of(365));
        Authenticator.IssuedToken grandchild = authenticator.issueToken(signedIn.actor(), Optional.of(child.stored()), "step",
                Optional.empty());

        assertThat(child.stored().expiresAt()).as("capped at its maker's expiry").isEqualTo(parent.stored().expiresAt());
        assertThat(grandchild.stored().expiresAt()).isEqualTo(parent.stored().expiresAt());
        assertThat(child.stored().madeAsRole()).contains(UserRole.BILLER);
        assertThat(grandchild.stored().madeByTokenId()).contains(child.stored().id());

        assertThat(authenticator.revokeToken(signedIn.actor(), parent.stored().id())).isTrue();

        assertThat(authenticator.checkToken(child.token(), "10.0.0.5")).isInstanceOf(TokenCheck.Refused.class);
        assertThat(authenticator.checkToken(grandchild.token(), "10.0.0.5")).isInstanceOf(TokenCheck.Refused.class);
    }

    @Test
    void deactivating_a_user_revokes_their_tokens_and_reactivating_them_does_not_bring_the_tokens_back() {
        SignIn.SignedIn signedIn = (SignIn.SignedIn) authenticator.signIn("biller", PASSWORD, "10.0.0.5");
        setUpSecondFactor(); // a biller's tokens work only while they have one
        Authenticator.IssuedToken issued = authenticator.issueToken(signedIn.actor(), "laptop");

        database.users().setActive(signedIn.actor().userId(), false);
        database.users().setActive(signedIn.actor().userId(), true);

        assertThat(authenticator.checkToken(issued.token(), "10.0.0.5")).isInstanceOf(TokenCheck.Refused.class);
        assertThat(database.apiTokens().forUser(signedIn.actor().userId())).singleElement()
                .satisfies(token -> assertThat(token.revoked()).isTrue());
    }

    /** Gives the biller a second factor (as if set up in the app): their tokens work only then. */
    private void setUpSecondFactor() {
        long biller = database.users().findByUsername("biller").orElseThrow().id();
        database.secondFactors().enrol(biller, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", 0, java.util.List.of(),
                new dev.cleanclaim.store.AuditNote("test", Optional.empty(), SecurityActions.SECOND_FACTOR_ON, Optional.empty()));
    }
}

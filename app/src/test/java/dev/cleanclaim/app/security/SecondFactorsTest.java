package dev.cleanclaim.app.security;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.testing.HandSetClock;
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

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecondFactorsTest {

    private static final String PASSWORD = "a long enough passphrase";
    private static final String ADDRESS = "10.0.0.5";
    /** The session (or token) a set-up is kept for. */
    private static final String HOLDER = "session of the test";
    private static int databases;

    private final HandSetClock clock = new HandSetClock(Instant.parse("2026-11-23T09:00:10Z"));
    private final Database database = Database.open(DatabaseSettings.inMemory("second-factor-" + (++databases)), clock);
    private final PasswordHasher hasher = new PasswordHasher();
    private final Sessions sessions = new Sessions(clock);
    private final Authenticator authenticator = new Authenticator(database, hasher, sessions, clock);
    private final SecondFactors secondFactors = new SecondFactors(database, authenticator, sessions, clock);
    private final Actor biller;
    private final Actor therapist;

    SecondFactorsTest() {
        biller = actor(database.users().create("biller", hasher.hash(PASSWORD), UserRole.BILLER, Optional.empty()));
        DemoPractice.seedIfEmpty(database, BuiltInRuleData.load(), clock);
        long provider = database.practices().providers(database.practices().firstId().orElseThrow()).get(0).id();
        therapist = actor(database.users().create("dana", hasher.hash(PASSWORD), UserRole.THERAPIST, Optional.of(provider)));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void a_biller_without_a_second_factor_gets_a_session_that_must_set_one_up_and_no_token_from_a_password() {
        SignIn.SignedIn signedIn = (SignIn.SignedIn) authenticator.signIn("biller", PASSWORD, ADDRESS);

        assertThat(authenticator.signedInUser(signedIn.session(), ADDRESS)).hasValueSatisfying(user ->
                assertThat(user.mustSetUpSecondFactor()).isTrue());
        assertThat(refusalOfToken("biller", Optional.empty())).isInstanceOf(SignIn.SecondFactorNotSetUp.class);
    }

    @Test
    void set_up_with_the_apps_code_asks_for_a_code_at_each_sign_in_and_accepts_each_code_once() {
        List<String> recoveryCodes = enrol(biller);

        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates().allMatch(code -> code.matches("[a-z2-9]{6}(-[a-z2-9]{6}){3}"));
        SignIn first = authenticator.signIn("biller", PASSWORD, ADDRESS);
        assertThat(first).isInstanceOf(SignIn.CodeNeeded.class);
        String pending = ((SignIn.CodeNeeded) first).pendingId();
        String usedAtSetUp = appCode(0);
        assertThat(authenticator.completeSignIn(pending, usedAtSetUp, ADDRESS)).as("the set-up's own code is spent")
                .isInstanceOf(SignIn.WrongCode.class);

        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        SignIn.SignedIn signedIn = (SignIn.SignedIn) authenticator.completeSignIn(pending, appCode(0), ADDRESS);
        assertThat(authenticator.signedInUser(signedIn.session(), ADDRESS).orElseThrow().mustSetUpSecondFactor()).isFalse();
        assertThat(database.audit().recent(1)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("sign-in");
            assertThat(entry.detail()).contains("password and authenticator code");
        });

        String again = ((SignIn.CodeNeeded) authenticator.signIn("biller", PASSWORD, ADDRESS)).pendingId();
        assertThat(authenticator.completeSignIn(again, appCode(0), ADDRESS)).as("a code overheard is not accepted twice")
                .isInstanceOf(SignIn.WrongCode.class);
        assertThat(authenticator.completeSignIn(pending, appCode(0), ADDRESS)).as("a pending sign-in ends when it is used")
                .isInstanceOf(SignIn.Refused.class);
    }

    @Test
    void a_recovery_code_signs_in_once_and_the_audit_row_says_how_many_are_left() {
        List<String> recoveryCodes = enrol(biller);

        String pending = ((SignIn.CodeNeeded) authenticator.signIn("biller", PASSWORD, ADDRESS)).pendingId();
        assertThat(authenticator.completeSignIn(pending, recoveryCodes.get(3).toUpperCase().replace("-", " "), ADDRESS))
                .as("typed in capitals with a space").isInstanceOf(SignIn.SignedIn.class);
        assertThat(database.audit().recent(1).get(0).detail()).contains("password and a recovery code; 9 left");

        String again = ((SignIn.CodeNeeded) authenticator.signIn("biller", PASSWORD, ADDRESS)).pendingId();
        assertThat(authenticator.completeSignIn(again, recoveryCodes.get(3), ADDRESS)).isInstanceOf(SignIn.WrongCode.class);
        assertThat(secondFactors.status(biller, HOLDER).recoveryCodesLeft()).isEqualTo(9);
    }

    @Test
    void five_wrong_codes_end_the_pending_sign_in_and_each_counts_as_a_failed_sign_in() {
        enrol(biller);
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        String pending = ((SignIn.CodeNeeded) authenticator.signIn("biller", PASSWORD, ADDRESS)).pendingId();

        for (int i = 0; i < PendingSignIns.ATTEMPTS; i++) {
            assertThat(authenticator.completeSignIn(pending, String.format("%06d", i), ADDRESS)).isInstanceOf(SignIn.WrongCode.class);
        }

        assertThat(authenticator.completeSignIn(pending, appCode(0), ADDRESS)).as("even the right code: type the password again")
                .isInstanceOf(SignIn.Refused.class);
        assertThat(authenticator.signIn("biller", PASSWORD, ADDRESS)).as("five failures for this name from this address")
                .isInstanceOf(SignIn.Refused.class);
        assertThat(authenticator.signIn("biller", PASSWORD, "10.0.0.9")).isInstanceOf(SignIn.CodeNeeded.class);
        assertThat(database.audit().recent(20)).filteredOn(entry -> "wrong second-factor code".equals(entry.detail().orElse("")))
                .hasSize(PendingSignIns.ATTEMPTS);
    }

    @Test
    void a_pending_sign_in_lasts_five_minutes() {
        enrol(biller);
        String pending = ((SignIn.CodeNeeded) authenticator.signIn("biller", PASSWORD, ADDRESS)).pendingId();

        clock.advance(PendingSignIns.LIFETIME);

        assertThat(authenticator.completeSignIn(pending, appCode(0), ADDRESS)).isInstanceOf(SignIn.Refused.class);
    }

    @Test
    void a_script_gets_a_token_with_password_and_code_and_is_told_when_the_code_is_missing() {
        enrol(biller);
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));

        assertThat(refusalOfToken("biller", Optional.empty())).isInstanceOf(SignIn.WrongCode.class);
        assertThat(refusalOfToken("biller", Optional.of("000000"))).isInstanceOf(SignIn.WrongCode.class);
        assertThat(authenticator.issueToken("biller", PASSWORD, Optional.of(appCode(0)), ADDRESS, "ci", Optional.empty(),
                refusal -> {
                    throw new AssertionError(refusal.toString());
                })).isPresent();
    }

    @Test
    void a_therapist_may_turn_theirs_on_and_off_but_a_biller_keeps_theirs() {
        assertThat(authenticator.signIn("dana", PASSWORD, ADDRESS)).as("optional for a therapist").isInstanceOf(SignIn.SignedIn.class);
        enrol(therapist);
        assertThat(authenticator.signIn("dana", PASSWORD, ADDRESS)).isInstanceOf(SignIn.CodeNeeded.class);

        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        secondFactors.remove(therapist, appCode(0));
        assertThat(authenticator.signIn("dana", PASSWORD, ADDRESS)).isInstanceOf(SignIn.SignedIn.class);
        assertThat(database.audit().recent(5)).anySatisfy(entry -> assertThat(entry.action()).isEqualTo("second-factor-off"));

        List<String> codes = enrol(biller);
        assertThatThrownBy(() -> secondFactors.remove(biller, codes.get(0))).isInstanceOf(WorkspaceException.Forbidden.class);
    }

    @Test
    void a_wrong_first_code_does_not_turn_it_on_and_a_reload_shows_the_same_secret_to_that_session_alone() {
        SecondFactors.Enrolment started = secondFactors.begin(biller, HOLDER);

        assertThatThrownBy(() -> secondFactors.confirm(biller, HOLDER, Optional.empty(), "123456")).isInstanceOf(InputException.class)
                .satisfies(refused -> assertThat(((InputException) refused).problems().get(0).path()).isEqualTo("$.code"));
        assertThat(secondFactors.begin(biller, HOLDER)).isEqualTo(started);
        assertThat(secondFactors.begin(biller, "another session of the same user").secret()).as("a thief's session plants nothing")
                .isNotEqualTo(started.secret());
        secret.set(started.secret());
        assertThatThrownBy(() -> secondFactors.confirm(biller, "another session of the same user", Optional.empty(), appCode(0)))
                .as("nor confirms another session's secret").isInstanceOf(InputException.class);
        assertThat(started.uri()).startsWith("otpauth://totp/cleanclaim:biller?secret=" + started.secret());
        assertThat(secondFactors.status(biller, HOLDER).enrolled()).isFalse();
    }

    @Test
    void an_admin_clears_a_lost_phone_and_the_users_sessions_end() {
        enrol(biller);
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        String pending = ((SignIn.CodeNeeded) authenticator.signIn("biller", PASSWORD, ADDRESS)).pendingId();
        SignIn.SignedIn signedIn = (SignIn.SignedIn) authenticator.completeSignIn(pending, appCode(0), ADDRESS);
        Actor admin = actor(database.users().create("boss", hasher.hash(PASSWORD), UserRole.ADMIN, Optional.empty()));

        assertThatThrownBy(() -> secondFactors.clear(therapist, biller.userId())).isInstanceOf(WorkspaceException.Forbidden.class);
        secondFactors.clear(admin, biller.userId());

        assertThat(sessions.find(signedIn.session().id())).isEmpty();
        assertThat(secondFactors.status(biller, HOLDER).enrolled()).isFalse();
        assertThat(database.audit().recent(1).get(0)).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("second-factor-clear");
            assertThat(entry.user()).isEqualTo("boss");
            assertThat(entry.detail()).contains("for biller");
        });
        assertThatThrownBy(() -> secondFactors.clear(admin, biller.userId())).isInstanceOf(InputException.class);
        assertThatThrownBy(() -> secondFactors.clear(admin, admin.userId())).as("never one's own").isInstanceOf(InputException.class);
    }

    @Test
    void a_password_only_session_ends_once_its_user_sets_up_a_second_factor_elsewhere_and_the_setting_up_one_is_renewed() {
        SignIn.SignedIn thief = (SignIn.SignedIn) authenticator.signIn("biller", PASSWORD, "203.0.113.9");
        SignIn.SignedIn owner = (SignIn.SignedIn) authenticator.signIn("biller", PASSWORD, ADDRESS);
        String holder = "session " + owner.session().id();
        secret.set(secondFactors.begin(biller, holder).secret());

        SecondFactors.Confirmed confirmed = secondFactors.confirm(biller, holder, Optional.of(owner.session()), appCode(0));

        assertThat(authenticator.signedInUser(thief.session(), "203.0.113.9")).as("the other session gains nothing").isEmpty();
        assertThat(sessions.find(owner.session().id())).as("the old id is dead").isEmpty();
        Session renewed = confirmed.session().orElseThrow();
        assertThat(renewed.id()).isNotEqualTo(owner.session().id());
        assertThat(renewed.csrfToken()).isNotEqualTo(owner.session().csrfToken());
        assertThat(renewed.withCode()).isTrue();
        assertThat(authenticator.signedInUser(renewed, ADDRESS)).hasValueSatisfying(user ->
                assertThat(user.mustSetUpSecondFactor()).isFalse());
    }

    @Test
    void an_admins_or_billers_api_token_works_only_while_they_have_a_second_factor() {
        enrol(biller);
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        Authenticator.IssuedToken token = authenticator.issueToken(biller, "laptop");
        Actor admin = actor(database.users().create("boss", hasher.hash(PASSWORD), UserRole.ADMIN, Optional.empty()));

        secondFactors.clear(admin, biller.userId());

        assertThat(authenticator.checkToken(token.token(), ADDRESS)).isInstanceOf(TokenCheck.SecondFactorNotSetUp.class);
        enrol(biller);
        assertThat(authenticator.checkToken(token.token(), ADDRESS)).isInstanceOf(TokenCheck.Accepted.class);
    }

    @Test
    void ten_wrong_codes_for_one_account_from_many_addresses_pause_its_code_checks_but_no_stranger_can_cause_it() {
        enrol(biller);
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        for (int i = 0; i < LoginThrottle.CODES_PER_ACCOUNT; i++) {
            String address = "198.51.100." + i;
            String pending = ((SignIn.CodeNeeded) authenticator.signIn("biller", PASSWORD, address)).pendingId();
            assertThat(authenticator.completeSignIn(pending, String.format("%06d", i), address)).isInstanceOf(SignIn.WrongCode.class);
        }

        String pending = ((SignIn.CodeNeeded) authenticator.signIn("biller", PASSWORD, "192.0.2.1")).pendingId();
        assertThat(authenticator.completeSignIn(pending, appCode(0), "192.0.2.1")).as("even the right code, for a while")
                .isInstanceOf(SignIn.Throttled.class);
        clock.advance(LoginThrottle.WINDOW);
        String later = ((SignIn.CodeNeeded) authenticator.signIn("biller", PASSWORD, "192.0.2.1")).pendingId();
        assertThat(authenticator.completeSignIn(later, appCode(0), "192.0.2.1")).isInstanceOf(SignIn.SignedIn.class);
    }

    @Test
    void a_new_password_sign_in_replaces_the_users_pending_one_so_guesses_cannot_be_spread_over_many() {
        enrol(biller);
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        String first = ((SignIn.CodeNeeded) authenticator.signIn("biller", PASSWORD, ADDRESS)).pendingId();
        String second = ((SignIn.CodeNeeded) authenticator.signIn("biller", PASSWORD, ADDRESS)).pendingId();

        assertThat(authenticator.completeSignIn(first, appCode(0), ADDRESS)).isInstanceOf(SignIn.Refused.class);
        assertThat(authenticator.completeSignIn(second, appCode(0), ADDRESS)).isInstanceOf(SignIn.SignedIn.class);
    }

    /** Sets up the actor's app with the code for now; the recovery codes. */
    private List<String> enrol(Actor actor) {
        SecondFactors.Enrolment enrolment = secondFactors.begin(actor, HOLDER);
        secret.set(enrolment.secret());
        return secondFactors.confirm(actor, HOLDER, Optional.empty(), appCode(0)).recoveryCodes();
    }

    private final AtomicReference<String> secret = new AtomicReference<>();

    /** The code the app shows now, or {@code stepsAhead} steps later. */
    private String appCode(int stepsAhead) {
        return Totp.code(secret.get(), Totp.step(clock.instant()) + stepsAhead);
    }

    private SignIn refusalOfToken(String username, Optional<String> code) {
        AtomicReference<SignIn> refusal = new AtomicReference<>();
        assertThat(authenticator.issueToken(username, PASSWORD, code, ADDRESS, "ci", Optional.empty(), refusal::set)).isEmpty();
        return refusal.get();
    }

    private static Actor actor(UserAccount user) {
        return new Actor(user.id(), user.username(), user.role(), user.providerId(), ADDRESS);
    }
}

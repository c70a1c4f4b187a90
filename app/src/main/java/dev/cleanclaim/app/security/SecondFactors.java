package dev.cleanclaim.app.security;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.WorkspaceException;
import dev.cleanclaim.store.AuditNote;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.SecondFactor;
import dev.cleanclaim.store.UserAccount;
import dev.cleanclaim.store.UserRole;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A user's second factor (an authenticator app, RFC 6238) and recovery codes: enrolling, confirming with a first
 * code, new recovery codes, turning it off (only where it is optional) and an admin's clearing it for a lost phone.
 * Admins and billers must have one: until they enrol, their browser session reaches only the enrolment page and a
 * script cannot get an API token with their password. Every wrong code counts as a failed sign-in.
 */
public final class SecondFactors {

    private static final String FIELD = "$.code";
    /** Said alike for a wrong, stale or used code, app or recovery. */
    static final String WRONG_CODE = "not a current code from your authenticator app nor an unused recovery code; "
            + "check the phone's clock and type the newest code";

    private final Database database;
    private final Authenticator authenticator;
    private final Sessions sessions;
    private final Clock clock;
    private final PendingEnrolments enrolments;

    public SecondFactors(Database database, Authenticator authenticator, Sessions sessions, Clock clock) {
        this.database = database;
        this.authenticator = authenticator;
        this.sessions = sessions;
        this.clock = clock;
        this.enrolments = new PendingEnrolments(clock);
    }

    /** Admins and billers reach every patient's record: a password alone does not let them in (HIPAA §164.312(d)). */
    public static boolean requiredFor(UserRole role) {
        return role == UserRole.ADMIN || role == UserRole.BILLER;
    }

    /**
     * Where the actor stands: enrolled or not, required or not, recovery codes left, and whether {@code holder} (the
     * session or token asking) has a set-up awaiting its first code.
     */
    public Status status(Actor actor, String holder) {
        SecondFactor factor = database.secondFactors().of(actor.userId());
        return new Status(factor.confirmed(), requiredFor(actor.role()),
                factor.confirmed() ? database.secondFactors().recoveryCodesLeft(actor.userId()) : 0,
                !factor.confirmed() && enrolments.find(holder, actor.userId()).isPresent());
    }

    /**
     * The secret to add to an authenticator app, kept for {@code holder} alone (the session or API token asking) for
     * ten minutes: a reload shows the same one. Refused when a second factor is on already.
     */
    public Enrolment begin(Actor actor, String holder) {
        if (database.secondFactors().of(actor.userId()).confirmed()) {
            throw new InputException("second factor", List.of(new InputProblem("$", "your authenticator app is set up "
                    + "already; to move it to a new phone, turn it off first (or ask an admin to clear it)")));
        }
        String secret = enrolments.secretFor(holder, actor.userId());
        return new Enrolment(secret, Totp.uri(actor.username(), secret));
    }

    /**
     * Turns the second factor on with the first code the app shows for the secret {@code holder} was given: the ten
     * recovery codes, in clear this once. Every other session of the user ends, and so does any sign-in awaiting a
     * code: from now on only the second factor lets anyone in. {@code session}, the browser session asking (if it is
     * one), comes back renewed under a new id, as one signed in with the code.
     */
    public Confirmed confirm(Actor actor, String holder, Optional<Session> session, String code) {
        authenticator.refuseIfThrottled(actor.remoteAddress(), actor.username());
        Optional<String> secret = enrolments.find(holder, actor.userId());
        if (secret.isEmpty()) {
            throw new InputException("second factor", List.of(new InputProblem("$",
                    database.secondFactors().of(actor.userId()).confirmed() ? "your authenticator app is set up already"
                            : "the set-up ran out (ten minutes) or was started elsewhere: start it again here")));
        }
        OptionalLong step = Totp.matchingStep(secret.get(), code, clock.instant(), OptionalLong.empty());
        if (step.isEmpty()) {
            wrongCode(actor, "not the code your authenticator app shows for cleanclaim now; check the phone's clock "
                    + "and type the newest code");
        }
        List<String> recoveryCodes = SecondFactorCodes.newRecoveryCodes();
        if (!database.secondFactors().enrol(actor.userId(), secret.get(), step.getAsLong(),
                SecondFactorCodes.hashesOf(recoveryCodes), note(actor, SecurityActions.SECOND_FACTOR_ON, Optional.empty()))) {
            throw new InputException("second factor", List.of(new InputProblem("$",
                    "your authenticator app was set up meanwhile (another tab?); reload the page")));
        }
        enrolments.end(holder);
        sessions.endAllOf(actor.userId(), session.map(Session::id));
        authenticator.endPendingSignIns(actor.userId());
        return new Confirmed(recoveryCodes, session.map(sessions::renewWithCode));
    }

    /** Ten new recovery codes in place of the old ones (used or not), given a current code; in clear this once. */
    public List<String> newRecoveryCodes(Actor actor, String code) {
        requireCode(actor, code);
        List<String> recoveryCodes = SecondFactorCodes.newRecoveryCodes();
        database.secondFactors().replaceRecoveryCodes(actor.userId(), SecondFactorCodes.hashesOf(recoveryCodes),
                note(actor, SecurityActions.RECOVERY_CODES, Optional.empty()));
        return recoveryCodes;
    }

    /** Turns the actor's own second factor off, given a current code; only where it is optional (therapists). */
    public void remove(Actor actor, String code) {
        if (requiredFor(actor.role())) {
            throw new WorkspaceException.Forbidden("admins and billers keep their second factor; to move it to a new "
                    + "phone, ask another admin to clear it, then set it up again");
        }
        requireCode(actor, code);
        database.secondFactors().remove(actor.userId(), note(actor, SecurityActions.SECOND_FACTOR_OFF, Optional.empty()));
    }

    /**
     * An admin clears a user's second factor (a lost or replaced phone): every session of the user ends, and their
     * next sign-in takes them to the set-up again (required) or in with the password (optional).
     */
    public void clear(Actor admin, long userId) {
        admin.requireAdmin("only an admin clears a user's second factor", database.audit(), "user");
        if (userId == admin.userId()) {
            throw new InputException("second factor", List.of(new InputProblem("$", "another admin clears yours: "
                    + "clearing your own would sign you in with a password alone")));
        }
        UserAccount user = database.users().find(userId).orElseThrow(() -> new WorkspaceException.NotFound("user", userId));
        if (!database.secondFactors().remove(user.id(), note(admin, SecurityActions.SECOND_FACTOR_CLEAR,
                Optional.of("for " + user.username())))) {
            throw new InputException("second factor", List.of(new InputProblem("$", user.username()
                    + " has no second factor to clear")));
        }
        sessions.endAllOf(user.id(), Optional.empty());
        authenticator.endPendingSignIns(user.id());
    }

    private void requireCode(Actor actor, String code) {
        if (!database.secondFactors().of(actor.userId()).confirmed()) {
            throw new InputException("second factor", List.of(new InputProblem("$", "you have no second factor set up")));
        }
        if (authenticator.useCode(actor.userId(), actor.username(), code, actor.remoteAddress()).isEmpty()) {
            throw new InputException("second factor", List.of(new InputProblem(FIELD, WRONG_CODE)));
        }
    }

    private void wrongCode(Actor actor, String message) {
        authenticator.countFailure(actor.remoteAddress(), actor.username());
        throw new InputException("second factor", List.of(new InputProblem(FIELD, message)));
    }

    private static AuditNote note(Actor actor, String action, Optional<String> detail) {
        return new AuditNote(actor.username(), Optional.of(actor.remoteAddress()), action, detail);
    }

    /** @param secret base32, for typing into an app by hand; {@code uri} is the same as the QR code carries it */
    public record Enrolment(String secret, String uri) {
    }

    /** @param pending whether the one asking has a set-up awaiting its first code */
    public record Status(boolean enrolled, boolean required, int recoveryCodesLeft, boolean pending) {
    }

    /**
     * @param recoveryCodes in clear this once
     * @param session       the browser session that set it up, renewed under a new id (set it as the cookie)
     */
    public record Confirmed(List<String> recoveryCodes, Optional<Session> session) {
    }
}

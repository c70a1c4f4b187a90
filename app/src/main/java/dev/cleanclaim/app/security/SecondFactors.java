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

    public SecondFactors(Database database, Authenticator authenticator, Sessions sessions, Clock clock) {
        this.database = database;
        this.authenticator = authenticator;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Admins and billers reach every patient's record: a password alone does not let them in (HIPAA §164.312(d)). */
    public static boolean requiredFor(UserRole role) {
        return role == UserRole.ADMIN || role == UserRole.BILLER;
    }

    /** Where the actor stands: enrolled or not, required or not, recovery codes left, an enrolment awaiting its code. */
    public Status status(Actor actor) {
        SecondFactor factor = database.secondFactors().of(actor.userId());
        return new Status(factor.confirmed(), requiredFor(actor.role()),
                factor.confirmed() ? database.secondFactors().recoveryCodesLeft(actor.userId()) : 0,
                factor.pending() ? factor.secret().map(secret -> enrolment(actor, secret)) : Optional.empty());
    }

    /**
     * The secret to add to an authenticator app: the one awaiting its first code (a reload shows the same QR code the
     * phone may have scanned already), or a new one. Refused when a second factor is on already.
     */
    public Enrolment begin(Actor actor) {
        SecondFactor factor = database.secondFactors().of(actor.userId());
        if (factor.confirmed()) {
            throw new InputException("second factor", List.of(new InputProblem("$", "your authenticator app is set up "
                    + "already; to move it to a new phone, turn it off first (or ask an admin to clear it)")));
        }
        if (factor.pending()) {
            return enrolment(actor, factor.secret().get());
        }
        String secret = Totp.newSecret();
        if (!database.secondFactors().begin(actor.userId(), secret)) {
            return begin(actor); // confirmed from another tab meanwhile: say so as above
        }
        return enrolment(actor, secret);
    }

    /** Confirms the enrolment with the first code the app shows; the ten recovery codes, in clear this once. */
    public List<String> confirm(Actor actor, String code) {
        authenticator.refuseIfThrottled(actor.remoteAddress(), actor.username());
        SecondFactor factor = database.secondFactors().of(actor.userId());
        if (!factor.pending()) {
            throw new InputException("second factor", List.of(new InputProblem("$", factor.confirmed()
                    ? "your authenticator app is set up already" : "start the set-up first: no secret awaits a code")));
        }
        String secret = factor.secret().get();
        var step = Totp.matchingStep(secret, code, clock.instant(), java.util.OptionalLong.empty());
        if (step.isEmpty()) {
            wrongCode(actor, "not the code your authenticator app shows for cleanclaim now; check the phone's clock "
                    + "and type the newest code");
        }
        List<String> recoveryCodes = SecondFactorCodes.newRecoveryCodes();
        if (!database.secondFactors().confirm(actor.userId(), secret, step.getAsLong(),
                SecondFactorCodes.hashesOf(recoveryCodes), note(actor, SecurityActions.SECOND_FACTOR_ON, Optional.empty()))) {
            throw new InputException("second factor", List.of(new InputProblem("$",
                    "the set-up changed meanwhile (another tab?); reload the page")));
        }
        return recoveryCodes;
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
        if (admin.role() != UserRole.ADMIN) {
            throw new WorkspaceException.Forbidden("only an admin clears a user's second factor");
        }
        UserAccount user = database.users().find(userId).orElseThrow(() -> new WorkspaceException.NotFound("user", userId));
        if (!database.secondFactors().remove(user.id(), note(admin, SecurityActions.SECOND_FACTOR_CLEAR,
                Optional.of("for " + user.username())))) {
            throw new InputException("second factor", List.of(new InputProblem("$", user.username()
                    + " has no second factor to clear")));
        }
        sessions.endAllOf(user.id(), Optional.empty());
    }

    private void requireCode(Actor actor, String code) {
        authenticator.refuseIfThrottled(actor.remoteAddress(), actor.username());
        if (!database.secondFactors().of(actor.userId()).confirmed()) {
            throw new InputException("second factor", List.of(new InputProblem("$", "you have no second factor set up")));
        }
        if (SecondFactorCodes.use(database.secondFactors(), actor.userId(), code, clock.instant()).isEmpty()) {
            wrongCode(actor, WRONG_CODE);
        }
    }

    private void wrongCode(Actor actor, String message) {
        authenticator.countFailure(actor.remoteAddress(), actor.username());
        throw new InputException("second factor", List.of(new InputProblem(FIELD, message)));
    }

    private static Enrolment enrolment(Actor actor, String secret) {
        return new Enrolment(secret, Totp.uri(actor.username(), secret));
    }

    private static AuditNote note(Actor actor, String action, Optional<String> detail) {
        return new AuditNote(actor.username(), Optional.of(actor.remoteAddress()), action, detail);
    }

    /** @param secret base32, for typing into an app by hand; {@code uri} is the same as the QR code carries it */
    public record Enrolment(String secret, String uri) {
    }

    /** @param pending the enrolment awaiting its first code, if one was started */
    public record Status(boolean enrolled, boolean required, int recoveryCodesLeft, Optional<Enrolment> pending) {
    }
}

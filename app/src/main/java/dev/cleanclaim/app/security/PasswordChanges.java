package dev.cleanclaim.app.security;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.WorkspaceException;
import dev.cleanclaim.store.AuditNote;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.PasswordReset;
import dev.cleanclaim.store.UserAccount;
import dev.cleanclaim.store.UserRole;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Setting a new password: a signed-in user changing their own (with the current one), and a reset an admin starts
 * with a one-time code the user then sets a password with. Either ends the user's other sessions, so a session a
 * thief held ends with the password they knew. Every step is audited in the transaction that makes it.
 */
public final class PasswordChanges {

    /** Long enough to reach the user by phone or in person the same day; short enough that a stale code is dead. */
    static final Duration RESET_CODE_LIFETIME = Duration.ofHours(24);

    private final Database database;
    private final PasswordHasher hasher;
    private final Sessions sessions;
    private final Authenticator authenticator;
    private final Clock clock;

    public PasswordChanges(Database database, PasswordHasher hasher, Sessions sessions, Authenticator authenticator, Clock clock) {
        this.database = database;
        this.hasher = hasher;
        this.sessions = sessions;
        this.authenticator = authenticator;
        this.clock = clock;
    }

    /**
     * The actor's new password, given their current one; the session it was asked from (if any) stays signed in,
     * every other one of theirs ends. A wrong current password counts as a failed sign-in from that address.
     */
    public void change(Actor actor, Optional<Session> current, String currentPassword, String newPassword) {
        UserAccount user = database.users().find(actor.userId()).orElseThrow(() -> new WorkspaceException.NotFound("user", actor.userId()));
        if (!hasher.matches(currentPassword == null ? "" : currentPassword, user.passwordHash())) {
            authenticator.countFailure(actor.remoteAddress(), actor.username());
            throw new InputException("password", List.of(new InputProblem("$.currentPassword", "not your current password")));
        }
        requireGood(user.username(), newPassword);
        database.users().changePassword(user.id(), hasher.hash(newPassword),
                note(actor.username(), actor.remoteAddress(), SecurityActions.PASSWORD_CHANGE));
        sessions.endAllOf(user.id(), current.map(Session::id));
        authenticator.endPendingSignIns(user.id());
    }

    /**
     * A one-time reset code for a user, shown to the admin this once (only its hash is kept); a newer code replaces
     * an older one. The user's password stays as it is until the code is used.
     */
    public IssuedResetCode issueResetCode(Actor admin, long userId) {
        if (admin.role() != UserRole.ADMIN) {
            throw new WorkspaceException.Forbidden("only an admin starts a password reset");
        }
        UserAccount user = database.users().find(userId).orElseThrow(() -> new WorkspaceException.NotFound("user", userId));
        String code = Tokens.password();
        Instant expiresAt = clock.instant().plus(RESET_CODE_LIFETIME);
        database.users().startReset(new PasswordReset(user.id(), Tokens.sha256(code), expiresAt),
                new AuditNote(admin.username(), Optional.of(admin.remoteAddress()), SecurityActions.RESET_CODE,
                        Optional.of("for " + user.username())));
        return new IssuedResetCode(user.username(), code, expiresAt);
    }

    /**
     * Sets the user's new password with the reset code. Any refusal of the code says the same whether the name is
     * unknown, no reset is pending, the code is wrong or it ran out; each counts as a failed sign-in, so codes cannot
     * be guessed faster than passwords. Every session of the user ends.
     */
    public void reset(String username, String code, String newPassword, String remoteAddress) {
        authenticator.refuseIfThrottled(remoteAddress, username);
        String name = username == null ? "" : username.trim();
        Optional<UserAccount> user = database.users().findByUsername(name).filter(UserAccount::active);
        Optional<PasswordReset> pending = user.flatMap(found -> database.users().pendingReset(found.id()))
                .filter(reset -> clock.instant().isBefore(reset.expiresAt()))
                .filter(reset -> Tokens.same(reset.codeHash(), Tokens.sha256(code == null ? "" : code.trim())));
        if (pending.isEmpty()) {
            authenticator.countFailure(remoteAddress, name);
            throw new InputException("password reset", List.of(new InputProblem("$.code",
                    "this code does not reset that user's password (wrong, used or expired); ask your admin for a new one")));
        }
        requireGood(name, newPassword);
        if (!database.users().completeReset(pending.get(), hasher.hash(newPassword),
                note(name, remoteAddress, SecurityActions.PASSWORD_RESET))) {
            throw new InputException("password reset", List.of(new InputProblem("$.code",
                    "this code was used or replaced a moment ago; ask your admin for a new one")));
        }
        sessions.endAllOf(user.get().id(), Optional.empty());
        authenticator.endPendingSignIns(user.get().id());
    }

    private static void requireGood(String username, String newPassword) {
        UserAdmin.passwordProblem(username, newPassword)
                .map(problem -> new InputProblem("$.newPassword", problem.message()))
                .ifPresent(problem -> {
                    throw new InputException("password", List.of(problem));
                });
    }

    private static AuditNote note(String user, String remoteAddress, String action) {
        return new AuditNote(user, Optional.of(remoteAddress), action, Optional.empty());
    }

    /** @param code in clear this once: the admin passes it to the user; only its hash is kept */
    public record IssuedResetCode(String username, String code, Instant expiresAt) {
    }
}

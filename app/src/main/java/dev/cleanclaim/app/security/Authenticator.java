package dev.cleanclaim.app.security;

import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.store.ApiToken;
import dev.cleanclaim.store.AuditNote;
import dev.cleanclaim.store.TokenHolder;
import dev.cleanclaim.store.UserRole;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.UserAccount;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Signs users in (browser sessions) and recognizes API tokens. Failures are throttled per address and per account
 * name from one address ({@link LoginThrottle}); no account is ever locked for everyone, so a flood of wrong
 * passwords cannot keep the real user out.
 */
public final class Authenticator {

    /** Hashed once, so an unknown username costs as much time as a wrong password and cannot be told apart. */
    private final String decoyHash;

    private final Database database;
    private final PasswordHasher hasher;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final PendingSignIns pending;
    private final Clock clock;

    public Authenticator(Database database, PasswordHasher hasher, Sessions sessions, Clock clock) {
        this.database = database;
        this.hasher = hasher;
        this.sessions = sessions;
        this.throttle = new LoginThrottle(clock);
        this.pending = new PendingSignIns(clock);
        this.clock = clock;
        this.decoyHash = hasher.hash(Tokens.password());
    }

    /**
     * Checks the password. A user with a second factor is asked for its code next ({@link SignIn.CodeNeeded}); anyone
     * else is signed in (an admin or biller without one only to set it up: see {@link #signedInUser}).
     */
    public SignIn signIn(String username, String password, String remoteAddress) {
        Checked checked = check(username, password, remoteAddress);
        if (checked.user().isEmpty()) {
            return checked.refusal().orElseThrow();
        }
        UserAccount user = checked.user().get();
        if (user.secondFactor()) {
            return new SignIn.CodeNeeded(pending.start(user.id(), user.username()));
        }
        return signedIn(user, remoteAddress, SecondFactors.requiredFor(user.role())
                ? "password; the second factor is still to be set up" : "password", false);
    }

    /**
     * The second step of a sign-in whose password was right: the code from the user's authenticator app, or one of
     * their recovery codes. A wrong code counts as a failed sign-in; five end the pending sign-in.
     */
    public SignIn completeSignIn(String pendingId, String code, String remoteAddress) {
        Optional<Duration> wait = throttle.waitFor(remoteAddress);
        if (wait.isPresent()) {
            return new SignIn.Throttled(wait.get());
        }
        Optional<PendingSignIns.Pending> found = pending.tryCode(pendingId);
        if (found.isEmpty()) {
            return new SignIn.Refused("the sign-in took too long or too many wrong codes; type your password again");
        }
        String username = found.get().username();
        Optional<UserAccount> user = database.users().find(found.get().userId()).filter(UserAccount::active);
        Optional<SecondFactorCodes.Used> used;
        try {
            used = user.isEmpty() ? Optional.empty() : useCode(user.get().id(), username, code, remoteAddress);
        } catch (AttemptsThrottled throttled) {
            pending.end(pendingId);
            return new SignIn.Throttled(throttled.retryAfter());
        }
        if (used.isEmpty()) {
            return wrongCode(username, remoteAddress, "wrong second-factor code");
        }
        pending.end(pendingId);
        return signedIn(user.get(), remoteAddress, used.get() instanceof SecondFactorCodes.Used.RecoveryCode recovery
                ? "password and a recovery code; " + recovery.left() + " left" : "password and authenticator code", true);
    }

    /**
     * Checks and uses one of the user's second-factor codes, counted as a failed sign-in before it is checked (and
     * forgiven when right), so guesses sent at once are all counted; refused unthrottled while the account's codes,
     * this name from this address, or this address are paused.
     */
    Optional<SecondFactorCodes.Used> useCode(long userId, String username, String code, String remoteAddress) {
        Optional<Duration> paused = throttle.waitFor(remoteAddress);
        if (paused.isEmpty() && throttle.accountLockedFrom(username, remoteAddress)) {
            paused = Optional.of(LoginThrottle.WINDOW);
        }
        if (paused.isEmpty()) {
            paused = throttle.codeChecksPausedFor(username);
        }
        if (paused.isPresent()) {
            throw new AttemptsThrottled(paused.get());
        }
        throttle.codeTried(username, remoteAddress);
        Optional<SecondFactorCodes.Used> used = SecondFactorCodes.use(database.secondFactors(), userId, code, clock.instant());
        if (used.isPresent()) {
            throttle.codeRight(username, remoteAddress);
        }
        return used;
    }

    /** Ends the user's sign-in awaiting its code (their password changed, they signed out everywhere, ...). */
    void endPendingSignIns(long userId) {
        pending.endAllOf(userId);
    }

    private SignIn signedIn(UserAccount user, String remoteAddress, String how, boolean withCode) {
        Actor actor = actor(user, remoteAddress);
        Session session = sessions.start(actor.userId(), withCode);
        database.audit().record(actor.username(), "sign-in", "session", Optional.empty(), Optional.of(remoteAddress),
                Optional.of(how));
        return new SignIn.SignedIn(actor, session);
    }

    private SignIn wrongCode(String username, String remoteAddress, String why) {
        database.audit().record(username, "sign-in-failed", "session", Optional.empty(), Optional.of(remoteAddress),
                Optional.of(why));
        return new SignIn.WrongCode();
    }

    /**
     * A new API token for a script that has only a username and password (and, for a user with a second factor, a
     * current code), checked and throttled exactly as a browser sign-in; no session is started. An admin or biller
     * without a second factor gets none: they set one up in the web app first.
     */
    public Optional<IssuedToken> issueToken(String username, String password, Optional<String> code, String remoteAddress,
                                            String label, Optional<Integer> days, java.util.function.Consumer<SignIn> refusal) {
        TokenLifetime.expiry(clock.instant(), days, Optional.empty()); // a bad lifetime is refused before the password is tried
        Checked checked = check(username, password, remoteAddress);
        Optional<SignIn> refused = checked.refusal();
        if (checked.user().isPresent()) {
            UserAccount user = checked.user().get();
            if (user.secondFactor() && code.isEmpty()) {
                refused = Optional.of(wrongCode(user.username(), remoteAddress, "no second-factor code"));
            } else if (user.secondFactor()) {
                try {
                    if (useCode(user.id(), user.username(), code.get(), remoteAddress).isEmpty()) {
                        refused = Optional.of(wrongCode(user.username(), remoteAddress, "wrong second-factor code"));
                    }
                } catch (AttemptsThrottled throttled) {
                    refused = Optional.of(new SignIn.Throttled(throttled.retryAfter()));
                }
            } else if (!user.secondFactor() && SecondFactors.requiredFor(user.role())) {
                refused = Optional.of(new SignIn.SecondFactorNotSetUp());
            }
        }
        if (refused.isPresent()) {
            refusal.accept(refused.get());
            return Optional.empty();
        }
        return checked.user().map(user -> issueToken(actor(user, remoteAddress), Optional.empty(), label, days));
    }

    /** Checks the password: the user, or the refusal. */
    private Checked check(String username, String password, String remoteAddress) {
        Optional<Duration> wait = throttle.waitFor(remoteAddress);
        if (wait.isPresent()) {
            return Checked.refused(new SignIn.Throttled(wait.get()));
        }
        String name = username == null ? "" : username.trim();
        Optional<UserAccount> account = database.users().findByUsername(name);
        String candidate = password == null ? "" : password;
        if (account.isEmpty() || throttle.accountLockedFrom(name, remoteAddress)) {
            hasher.matches(candidate, decoyHash); // the same time and the same answer as a wrong password
            return Checked.refused(refused(remoteAddress, name, account.map(UserAccount::username).orElse("anonymous")));
        }
        UserAccount user = account.get();
        if (!user.active() || !hasher.matches(candidate, user.passwordHash())) {
            return Checked.refused(refused(remoteAddress, name, user.username()));
        }
        return new Checked(Optional.of(user), Optional.empty());
    }

    /** The actor of a live session. A deactivated user's session ends at their next request. */
    public Optional<Actor> actorOf(Session session, String remoteAddress) {
        return signedInUser(session, remoteAddress).map(SignedInUser::actor);
    }

    /**
     * Who a live session belongs to, and whether they must set up a second factor before anything else (an admin or
     * biller who has none). A deactivated user's session ends at their next request, and so does one signed in with
     * a password alone once its user has a second factor (set up elsewhere since): it never gains that factor's rights.
     */
    public Optional<SignedInUser> signedInUser(Session session, String remoteAddress) {
        Optional<UserAccount> user = database.users().find(session.userId()).filter(UserAccount::active)
                .filter(found -> session.withCode() || !found.secondFactor()); // a session is worth what it was signed in with
        if (user.isEmpty()) {
            sessions.end(session.id());
        }
        return user.map(found -> new SignedInUser(actor(found, remoteAddress),
                !found.secondFactor() && SecondFactors.requiredFor(found.role())));
    }

    /** @param mustSetUpSecondFactor the session reaches only the second-factor set-up until it is done */
    public record SignedInUser(Actor actor, boolean mustSetUpSecondFactor) {
    }

    /**
     * What an API token ({@code Authorization: Bearer ...}) is worth: a live one acts with the role it was made with,
     * and only while its user still has that role; an expired one is told apart so its script can say why.
     */
    public TokenCheck checkToken(String token, String remoteAddress) {
        Optional<TokenHolder> holder = database.apiTokens().holderOf(Tokens.sha256(token));
        if (holder.isEmpty()) {
            return new TokenCheck.Refused();
        }
        ApiToken stored = holder.get().token();
        UserAccount user = holder.get().user();
        if (stored.expiredAt(clock.instant())) {
            return new TokenCheck.Expired(stored.expiresAt());
        }
        if (!user.secondFactor() && SecondFactors.requiredFor(user.role())) {
            return new TokenCheck.SecondFactorNotSetUp(); // made before the rule, or before an admin cleared it
        }
        if (stored.madeAsRole().filter(role -> role != user.role()).isPresent()) {
            return new TokenCheck.Refused(); // the user's role changed since: the token keeps no rights it was not given
        }
        return new TokenCheck.Accepted(actor(user, remoteAddress), stored);
    }

    /** The actor of a live API token, or nothing. */
    public Optional<Actor> actorOfToken(String token, String remoteAddress) {
        return checkToken(token, remoteAddress) instanceof TokenCheck.Accepted accepted ? Optional.of(accepted.actor()) : Optional.empty();
    }

    /** A new API token for the actor for the default lifetime, in clear this once; only its hash is kept. */
    public IssuedToken issueToken(Actor actor, String label) {
        return issueToken(actor, Optional.empty(), label, Optional.empty());
    }

    /**
     * A new API token for the actor, living {@code days} (empty: the default). Made by another token ({@code maker}),
     * it ends no later than its maker, carries its maker's role and is revoked with it.
     */
    public IssuedToken issueToken(Actor actor, Optional<ApiToken> maker, String label, Optional<Integer> days) {
        Instant expiresAt = TokenLifetime.expiry(clock.instant(), days, maker);
        UserRole role = maker.flatMap(ApiToken::madeAsRole).orElse(actor.role());
        String token = "cc_" + Tokens.random();
        ApiToken stored = database.apiTokens().create(actor.userId(), Tokens.sha256(token), label, expiresAt,
                maker.map(ApiToken::id), Optional.of(role));
        database.audit().record(actor.username(), "create", "api-token", Optional.of(String.valueOf(stored.id())),
                Optional.of(actor.remoteAddress()), Optional.of(label));
        return new IssuedToken(stored, token);
    }

    public List<ApiToken> tokensOf(Actor actor) {
        return database.apiTokens().forUser(actor.userId());
    }

    /** Revokes one of the actor's tokens and every token it made, transitively; false when they have no such token. */
    public boolean revokeToken(Actor actor, long tokenId) {
        return database.apiTokens().revoke(actor.userId(), tokenId, new AuditNote(actor.username(),
                Optional.of(actor.remoteAddress()), "revoke", Optional.empty())) > 0;
    }

    public void signOut(Session session, Actor actor) {
        sessions.end(session.id());
        database.audit().record(actor.username(), "sign-out", "session", Optional.empty(),
                Optional.of(actor.remoteAddress()), Optional.empty());
    }

    /**
     * Ends every browser session of the actor's user, the one asking included (a phone left signed in somewhere):
     * how many ended. API tokens are their own credentials and stay; revoke them one by one.
     */
    public int signOutEverywhere(Actor actor) {
        int ended = sessions.endAllOf(actor.userId(), Optional.empty());
        pending.endAllOf(actor.userId());
        database.audit().record(actor.username(), SecurityActions.SIGN_OUT_EVERYWHERE, "session", Optional.empty(),
                Optional.of(actor.remoteAddress()), Optional.of(ended + " session(s) ended"));
        return ended;
    }

    /**
     * For other checks of a secret (a reset code, the current password on a change): refused while this address
     * is throttled, as a sign-in would be.
     */
    public void refuseIfThrottled(String remoteAddress, String username) {
        Optional<Duration> wait = throttle.waitFor(remoteAddress);
        if (wait.isPresent()) {
            throw new AttemptsThrottled(wait.get());
        }
        if (throttle.accountLockedFrom(username, remoteAddress)) {
            throw new AttemptsThrottled(LoginThrottle.WINDOW);
        }
    }

    /** A wrong secret other than a sign-in's, counted as a failed sign-in from that address for that name. */
    public void countFailure(String remoteAddress, String username) {
        throttle.failed(username, remoteAddress);
    }

    private SignIn refused(String remoteAddress, String typedName, String auditUser) {
        throttle.failed(typedName, remoteAddress);
        database.audit().record(auditUser, "sign-in-failed", "session", Optional.empty(), Optional.of(remoteAddress),
                Optional.empty());
        return new SignIn.Refused("wrong username or password");
    }

    private static Actor actor(UserAccount user, String remoteAddress) {
        return new Actor(user.id(), user.username(), user.role(), user.providerId(), remoteAddress);
    }

    private record Checked(Optional<UserAccount> user, Optional<SignIn> refusal) {
        static Checked refused(SignIn refusal) {
            return new Checked(Optional.empty(), Optional.of(refusal));
        }
    }

    /** Too many failures from this address (or for this name from it): wait {@code retryAfter}. */
    public static final class AttemptsThrottled extends RuntimeException {
        private final Duration retryAfter;

        AttemptsThrottled(Duration retryAfter) {
            super("too many failed attempts from this address; wait and try again");
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /** @param token the token in clear: shown to its owner once, never stored */
    public record IssuedToken(ApiToken stored, String token) {
    }
}

package dev.cleanclaim.app.security;

import dev.cleanclaim.app.workspace.Actor;

import java.time.Duration;

/** What a sign-in attempt gives. A refusal never says whether the username exists. */
public sealed interface SignIn {

    record SignedIn(Actor actor, Session session) implements SignIn {
    }

    record Refused(String reason) implements SignIn {
    }

    /** The password was right and the user has a second factor: the code comes next, for the sign-in {@code pendingId}. */
    record CodeNeeded(String pendingId) implements SignIn {
    }

    /** The password was right, the second-factor code was not (wrong, stale, used, or missing). */
    record WrongCode() implements SignIn {
    }

    /**
     * The password was right, but an admin or biller without a second factor asked for an API token: they set one up
     * in the web app first (a browser sign-in takes them there).
     */
    record SecondFactorNotSetUp() implements SignIn {
    }

    /** Too many failures from this address, or the account is locked: try again after the wait. */
    record Throttled(Duration retryAfter) implements SignIn {
    }
}

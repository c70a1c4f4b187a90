package dev.cleanclaim.app.security;

import dev.cleanclaim.app.workspace.Actor;

import java.time.Duration;

/** What a sign-in attempt gives. A refusal never says whether the username exists. */
public sealed interface SignIn {

    record SignedIn(Actor actor, Session session) implements SignIn {
    }

    record Refused(String reason) implements SignIn {
    }

    /** Too many failures from this address, or the account is locked: try again after the wait. */
    record Throttled(Duration retryAfter) implements SignIn {
    }
}

package dev.cleanclaim.app.security;

import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.store.ApiToken;

import java.time.Instant;

/** What an API token presented with a request is worth. */
public sealed interface TokenCheck {

    /** A live token: who acts with it, and the token itself (the maker of any token it asks for). */
    record Accepted(Actor actor, ApiToken token) implements TokenCheck {
    }

    /** A real token past its expiry: the caller is told so, to make a new one. */
    record Expired(Instant expiredAt) implements TokenCheck {
    }

    /** An admin's or biller's token while they have no second factor: usable again once they set one up. */
    record SecondFactorNotSetUp() implements TokenCheck {
    }

    /** Unknown, revoked, its user deactivated, or made for a role the user no longer has. */
    record Refused() implements TokenCheck {
    }
}

package dev.cleanclaim.app.web;

import dev.cleanclaim.app.security.Session;
import dev.cleanclaim.app.workspace.Actor;
import io.javalin.http.Context;

import java.util.Optional;

/** What the guard learned about a request, for the handlers behind it. */
public final class Requests {

    static final String ACTOR = "cleanclaim.actor";
    static final String DEMO = "cleanclaim.demo";
    static final String SESSION = "cleanclaim.session";
    static final String TOKEN = "cleanclaim.token";

    private Requests() {
    }

    /** The signed-in actor; every route behind the guard has one. */
    public static Actor actor(Context ctx) {
        Actor actor = ctx.attribute(ACTOR);
        if (actor == null) {
            throw new IllegalStateException("no actor on " + ctx.path() + ": the route is not behind the guard");
        }
        return actor;
    }

    /** The signed-in actor when there is one: an error page for a stranger has none. */
    /** Whether the page is of the demo practice (set for pages by the server before each request). */
    public static boolean demo(Context ctx) {
        return Boolean.TRUE.equals(ctx.attribute(DEMO));
    }

    public static Optional<Actor> actorIfAny(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ACTOR));
    }

    /** The browser session, when the request came from a signed-in browser rather than with an API token. */
    public static Optional<Session> session(Context ctx) {
        return Optional.ofNullable(ctx.attribute(SESSION));
    }

    /** The API token the request came with, when it came with one. */
    public static Optional<dev.cleanclaim.store.ApiToken> token(Context ctx) {
        return Optional.ofNullable(ctx.attribute(TOKEN));
    }

    /** The CSRF token every form and htmx request of this session must send back; empty for API tokens. */
    public static String csrfToken(Context ctx) {
        return session(ctx).map(Session::csrfToken).orElse("");
    }
}

package dev.cleanclaim.app.web;

import dev.cleanclaim.app.security.Authenticator;
import dev.cleanclaim.app.security.Session;
import dev.cleanclaim.app.security.Sessions;
import dev.cleanclaim.app.security.TokenCheck;
import dev.cleanclaim.app.security.Tokens;
import dev.cleanclaim.app.setup.FirstRun;
import dev.cleanclaim.app.workspace.Actor;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Runs before every matched route: finds who is asking (an API token, or a browser session cookie), refuses
 * anyone else, and refuses any change from a browser that does not carry the session's CSRF token.
 */
final class Guard {

    static final String SESSION_COOKIE = "cc_session";
    static final String CSRF_FIELD = "_csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";

    /** Routes anyone may use: signing in, the API's description and health, and static files. */
    private static final Set<String> OPEN = Set.of("/login", SignInRoutes.CODE_PATH, "/api/v1/health", "/api/v1/openapi.json",
            "/api/v1/password-reset", PasswordResetRoutes.PATH);

    private static final String TOKENS = "/api/v1/tokens";

    private static final String SETUP = "/setup";

    private final Authenticator authenticator;
    private final Sessions sessions;
    private final FirstRun firstRun;

    Guard(Authenticator authenticator, Sessions sessions, FirstRun firstRun) {
        this.authenticator = authenticator;
        this.sessions = sessions;
        this.firstRun = firstRun;
    }

    void check(Context ctx) {
        String path = ctx.path();
        if (OPEN.contains(path) || path.startsWith("/static/") || path.startsWith("/webjars/")) {
            return;
        }
        boolean api = path.startsWith("/api/");
        boolean page = !api && ctx.method() == HandlerType.GET;
        if (firstRun.pending() && firstRun.needsAdmin()) {
            if (path.equals(SETUP)) {
                return; // nobody can sign in yet: the set-up page asks for the one-time code instead (and has its own CSRF token)
            }
            if (page) {
                ctx.redirect(SETUP);
                ctx.skipRemainingHandlers();
                return;
            }
        }
        Optional<String> bearer = bearer(ctx);
        if (bearer.isPresent()) {
            TokenCheck check = authenticator.checkToken(bearer.get(), remote(ctx));
            if (check instanceof TokenCheck.SecondFactorNotSetUp) {
                throw new SecondFactorNotSetUp();
            }
            if (check instanceof TokenCheck.Expired expired) {
                throw new Unauthorized("the API token expired at " + expired.expiredAt() + "; create a new one (POST /api/v1/tokens)");
            }
            if (!(check instanceof TokenCheck.Accepted accepted)) {
                throw new Unauthorized("the API token is unknown or revoked; create a new one (POST /api/v1/tokens)");
            }
            ctx.attribute(Requests.ACTOR, accepted.actor());
            ctx.attribute(Requests.TOKEN, accepted.token());
            return;
        }
        Optional<Session> session = sessions.find(ctx.cookie(SESSION_COOKIE));
        Optional<Authenticator.SignedInUser> user = session.flatMap(found -> authenticator.signedInUser(found, remote(ctx)));
        Optional<Actor> actor = user.map(Authenticator.SignedInUser::actor);
        if (actor.isEmpty()) {
            if (path.equals(TOKENS) && ctx.method() == HandlerType.POST) {
                return; // a script signing in with username and password for its token; checked and throttled there
            }
            if (!api && ctx.method() == HandlerType.GET) {
                ctx.redirect("/login?next=" + URLEncoder.encode(pathWithQuery(ctx), StandardCharsets.UTF_8));
                ctx.skipRemainingHandlers();
                return;
            }
            throw new Unauthorized(api ? "send Authorization: Bearer <your API token>" : "sign in first");
        }
        if (unsafe(ctx.method()) && !csrfMatches(ctx, session.get())) {
            throw new CsrfRefused();
        }
        ctx.attribute(Requests.SESSION, session.get());
        ctx.attribute(Requests.ACTOR, actor.get());
        if (user.get().mustSetUpSecondFactor() && !SecondFactorRoutes.SET_UP_PATHS.contains(path)) {
            if (page) {
                ctx.redirect(SecondFactorRoutes.PAGE + "?next=" + URLEncoder.encode(pathWithQuery(ctx), StandardCharsets.UTF_8));
                ctx.skipRemainingHandlers();
                return;
            }
            throw new SecondFactorNotSetUp();
        }
        if (page && !path.equals(SETUP) && firstRun.pending()) {
            ctx.redirect(SETUP); // a workspace without its practice: the set-up comes first
            ctx.skipRemainingHandlers();
        }
    }

    static boolean unsafe(HandlerType method) {
        return method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS;
    }

    private static boolean csrfMatches(Context ctx, Session session) {
        String sent = ctx.header(CSRF_HEADER);
        if (sent == null && isForm(ctx)) {
            sent = ctx.formParam(CSRF_FIELD);
        }
        return Tokens.same(sent, session.csrfToken());
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
    }

    private static Optional<String> bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).trim());
    }

    /** The client's address as {@link ClientAddress} worked it out for this request (a trusted proxy's forward). */
    static String remote(Context ctx) {
        String client = ctx.attribute(ClientAddress.ATTRIBUTE);
        return client != null ? client : ctx.req().getRemoteAddr();
    }

    private static String pathWithQuery(Context ctx) {
        return ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
    }

    /** No valid credentials: 401. */
    static final class Unauthorized extends RuntimeException {
        Unauthorized(String message) {
            super(message);
        }
    }

    /** An admin's or biller's session before their second factor is set up, asking for anything else: 403. */
    static final class SecondFactorNotSetUp extends RuntimeException {
        SecondFactorNotSetUp() {
            super("admins and billers set up a second factor before anything else: open " + SecondFactorRoutes.PAGE);
        }
    }

    /** A change from a browser without its session's CSRF token: 403. */
    static final class CsrfRefused extends RuntimeException {
        CsrfRefused() {
            super("the form did not carry this session's CSRF token; reload the page and try again");
        }
    }

}

package dev.cleanclaim.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.app.security.Authenticator;
import dev.cleanclaim.app.security.PasswordChanges;
import dev.cleanclaim.app.security.SignIn;
import dev.cleanclaim.app.security.TokenLifetime;
import dev.cleanclaim.app.security.Tokens;
import dev.cleanclaim.app.web.page.Frame;
import dev.cleanclaim.app.web.page.Pages;
import dev.cleanclaim.app.workspace.WorkspaceException;
import dev.cleanclaim.store.ApiToken;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Signing in and out in the browser, and API tokens. The sign-in form has no session to protect it yet, so it is
 * protected by a double-submit token: a random value both in an HttpOnly cookie and in the form.
 */
final class SignInRoutes {

    static final String LOGIN_COOKIE = "cc_login";
    /** The sign-in whose password was right and whose second-factor code is awaited. */
    static final String PENDING_COOKIE = "cc_pending";
    static final String CODE_PATH = "/login/code";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Authenticator authenticator;
    private final PasswordChanges passwords;
    private final java.time.Clock clock;

    SignInRoutes(ServerParts parts) {
        this.clock = parts.clock();
        this.authenticator = parts.authenticator();
        this.passwords = parts.passwords();
    }

    void register(RoutesConfig routes) {
        routes.get("/login", this::form);
        routes.post("/login", this::signIn);
        routes.get(CODE_PATH, this::codeForm);
        routes.post(CODE_PATH, this::signInWithCode);
        routes.post("/logout", this::signOut);
        routes.post("/api/v1/tokens", this::issueToken);
        routes.get("/api/v1/tokens", this::listTokens);
        routes.delete("/api/v1/tokens/{id}", this::revokeToken);
        routes.post("/api/v1/account/password", this::changePassword);
        routes.post("/api/v1/users/{id}/reset-code", this::issueResetCode);
        routes.post("/api/v1/password-reset", this::resetPassword);
        routes.get("/account/password", ctx -> passwordPage(ctx, null, null, 200));
        routes.post("/account/password", this::changePasswordFromPage);
    }

    /** POST /api/v1/account/password {"currentPassword", "newPassword"}: the caller's new password; 204. */
    private void changePassword(Context ctx) {
        JsonNode body = json(ctx);
        passwords.change(Requests.actor(ctx), Requests.session(ctx), text(body, "currentPassword"), text(body, "newPassword"));
        ctx.status(204);
    }

    /** POST /api/v1/users/{id}/reset-code: an admin's one-time code for the user to set a new password with. */
    private void issueResetCode(Context ctx) {
        PasswordChanges.IssuedResetCode issued = passwords.issueResetCode(Requests.actor(ctx), id(ctx));
        ctx.header("Cache-Control", "no-store").status(201).json(Map.of("username", issued.username(), "code", issued.code(),
                "expiresAt", issued.expiresAt().toString(), "note", "shown this once; cleanclaim keeps only its hash"));
    }

    /** POST /api/v1/password-reset {"username", "code", "newPassword"}: open to anyone, throttled like a sign-in. */
    private void resetPassword(Context ctx) {
        JsonNode body = json(ctx);
        passwords.reset(text(body, "username"), text(body, "code"), text(body, "newPassword"), Guard.remote(ctx));
        ctx.status(204);
    }

    private void changePasswordFromPage(Context ctx) {
        try {
            passwords.change(Requests.actor(ctx), Requests.session(ctx), ctx.formParam("currentPassword"),
                    ctx.formParam("newPassword"));
            passwordPage(ctx, "Your password is changed; your other sessions are signed out.", null, 200);
        } catch (InputException refused) {
            passwordPage(ctx, null, refused.problems().stream().map(InputProblem::message).toList(), 422);
        }
    }

    /** The change-password page; {@code done} after a change, {@code problems} after a refusal. */
    private static void passwordPage(Context ctx, String done, List<String> problems, int status) {
        Map<String, Object> params = new HashMap<>();
        params.put("frame", Frame.of(ctx, "Change password", ""));
        params.put("done", done);
        params.put("problems", problems == null ? List.of() : problems);
        params.put("shortest", dev.cleanclaim.app.security.PasswordPolicy.SHORTEST);
        ctx.status(status);
        Pages.render(ctx, "account/password.jte", params);
    }

    static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new InputException("request", List.of(new InputProblem("id", "expected an id (a whole number)")));
        }
    }

    private void form(Context ctx) {
        String token = Tokens.random();
        ctx.cookie(cookie(ctx, LOGIN_COOKIE, token, 15 * 60));
        String ended = ctx.queryParam("signedOutEverywhere");
        String notice = ended != null && ended.matches("\\d{1,6}")
                ? "You are signed out everywhere: " + ended + " session(s) ended." : null;
        page(ctx, token, null, safeNext(ctx.queryParam("next")), notice);
    }

    private void signIn(Context ctx) {
        String expected = requireLoginToken(ctx);
        String next = safeNext(ctx.formParam("next"));
        SignIn result = authenticator.signIn(ctx.formParam("username"), ctx.formParam("password"), Guard.remote(ctx));
        if (result instanceof SignIn.CodeNeeded needed) {
            ctx.cookie(cookie(ctx, PENDING_COOKIE, needed.pendingId(), 5 * 60));
            ctx.redirect(CODE_PATH + "?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        if (signedIn(ctx, result, next)) {
            return;
        }
        ctx.status(result instanceof SignIn.Throttled ? 429 : 401);
        page(ctx, expected, refusal(result), next, null);
    }

    /** The second step, for a user with a second factor: the code page, while a sign-in awaits its code. */
    private void codeForm(Context ctx) {
        String token = ctx.cookie(LOGIN_COOKIE);
        if (ctx.cookie(PENDING_COOKIE) == null || token == null) {
            ctx.redirect("/login");
            return;
        }
        codePage(ctx, token, null, safeNext(ctx.queryParam("next")));
    }

    private void signInWithCode(Context ctx) {
        String expected = requireLoginToken(ctx);
        String next = safeNext(ctx.formParam("next"));
        SignIn result = authenticator.completeSignIn(ctx.cookie(PENDING_COOKIE), ctx.formParam("code"), Guard.remote(ctx));
        if (signedIn(ctx, result, next)) {
            ctx.removeCookie(PENDING_COOKIE, "/");
            return;
        }
        ctx.status(result instanceof SignIn.Throttled ? 429 : 401);
        if (result instanceof SignIn.Throttled throttled) {
            ctx.header("Retry-After", String.valueOf(throttled.retryAfter().toSeconds() + 1));
        }
        if (result instanceof SignIn.Refused) {
            ctx.removeCookie(PENDING_COOKIE, "/"); // ran out: the password comes first again
            page(ctx, expected, "The sign-in took too long or had too many wrong codes. Sign in again.", next, null);
            return;
        }
        codePage(ctx, expected, result instanceof SignIn.Throttled ? refusal(result)
                : "Wrong code. Type the newest code your app shows, or an unused recovery code.", next);
    }

    /** The sign-in form has no session yet: its token is double-submitted (cookie and field); refused unless they match. */
    private static String requireLoginToken(Context ctx) {
        String expected = ctx.cookie(LOGIN_COOKIE);
        String sent = ctx.formParam(Guard.CSRF_FIELD);
        if (expected == null || sent == null || !Tokens.same(expected, sent)) {
            throw new Guard.CsrfRefused();
        }
        return expected;
    }

    /** A sign-in that went through: the session cookie, and on to where the user was going. */
    private static boolean signedIn(Context ctx, SignIn result, String next) {
        if (result instanceof SignIn.SignedIn signedIn) {
            ctx.removeCookie(LOGIN_COOKIE, "/");
            ctx.cookie(cookie(ctx, Guard.SESSION_COOKIE, signedIn.session().id(), -1));
            ctx.redirect(next);
            return true;
        }
        return false;
    }

    private static String refusal(SignIn result) {
        return result instanceof SignIn.Throttled throttled
                ? "Too many failed sign-ins. Try again in " + Math.max(1, throttled.retryAfter().toMinutes() + 1) + " minute(s)."
                : "Wrong username or password.";
    }

    private static void codePage(Context ctx, String loginToken, String message, String next) {
        Map<String, Object> params = new HashMap<>();
        params.put("frame", new Frame("Sign in", "", Optional.empty(), ""));
        params.put("loginToken", loginToken);
        params.put("message", message);
        params.put("next", next);
        Pages.render(ctx, "login-code.jte", params);
    }

    /** The sign-in page; {@code message} is null unless the last attempt failed. */
    private static void page(Context ctx, String loginToken, String message, String next, String notice) {
        Map<String, Object> params = new HashMap<>();
        params.put("frame", new Frame("Sign in", "", Optional.empty(), ""));
        params.put("loginToken", loginToken);
        params.put("message", message);
        params.put("next", next);
        params.put("notice", notice);
        Pages.render(ctx, "login.jte", params);
    }

    private void signOut(Context ctx) {
        Requests.session(ctx).ifPresent(session -> authenticator.signOut(session, Requests.actor(ctx)));
        ctx.removeCookie(Guard.SESSION_COOKIE, "/");
        ctx.redirect("/login");
    }

    /**
     * POST /api/v1/tokens: a signed-in user (token or browser) gets a new token for themselves; a script without one
     * sends {"username", "password", "label"} (and "code" when the user has a second factor) and is checked and
     * throttled like a sign-in.
     */
    private void issueToken(Context ctx) {
        JsonNode body = json(ctx);
        String label = Optional.ofNullable(body.get("label")).map(JsonNode::asText).filter(text -> !text.isBlank()).orElse("api");
        if (label.length() > 60) {
            throw new InputException("request", List.of(new InputProblem("$.label", "at most 60 characters")));
        }
        Optional<Authenticator.IssuedToken> issued;
        Optional<Integer> days = days(body);
        if (ctx.attribute(Requests.ACTOR) != null) {
            issued = Optional.of(authenticator.issueToken(Requests.actor(ctx), Requests.token(ctx), label, days));
        } else {
            Optional<String> code = Optional.ofNullable(body.get("code")).filter(JsonNode::isTextual).map(JsonNode::asText);
            issued = authenticator.issueToken(text(body, "username"), text(body, "password"), code, Guard.remote(ctx), label,
                    days, refusal -> {
                        if (refusal instanceof SignIn.Throttled throttled) {
                            ctx.header("Retry-After", String.valueOf(throttled.retryAfter().toSeconds() + 1));
                            throw new TooManyAttempts();
                        }
                        if (refusal instanceof SignIn.SecondFactorNotSetUp) {
                            throw new Guard.SecondFactorNotSetUp(); // 403 second-factor-not-set-up, as the guard answers
                        }
                        throw new Guard.Unauthorized(code.isEmpty() && refusal instanceof SignIn.WrongCode
                                ? "this account signs in with a second factor: send \"code\" (from the authenticator app) too"
                                : "wrong username, password or code");
                    });
        }
        Authenticator.IssuedToken token = issued.orElseThrow();
        ctx.status(201).json(Map.of("id", token.stored().id(), "label", token.stored().label(), "token", token.token(),
                "expiresAt", token.stored().expiresAt().toString(), "note", "shown this once; cleanclaim keeps only its hash"));
    }

    /** The lifetime asked for, in days: a whole number, checked by {@link TokenLifetime}. */
    private static Optional<Integer> days(JsonNode body) {
        JsonNode days = body.get("days");
        if (days == null || days.isNull()) {
            return Optional.empty();
        }
        if (!days.canConvertToInt() || !days.isIntegralNumber()) {
            throw new InputException("request", List.of(new InputProblem("$.days", "a whole number of days, 1 to "
                    + TokenLifetime.LONGEST_DAYS)));
        }
        return Optional.of(days.asInt());
    }

    /** GET /api/v1/tokens: the caller's own tokens, revoked ones included; only hashes are kept, so no secrets. */
    private void listTokens(Context ctx) {
        ObjectNode page = JSON.createObjectNode();
        ArrayNode items = page.putArray("items");
        java.time.Instant now = clock.instant();
        for (ApiToken token : authenticator.tokensOf(Requests.actor(ctx))) {
            ObjectNode item = items.addObject().put("id", token.id()).put("label", token.label())
                    .put("createdAt", token.createdAt().toString()).put("expiresAt", token.expiresAt().toString())
                    .put("expired", token.expiredAt(now)).put("revoked", token.revoked());
            token.madeByTokenId().ifPresent(maker -> item.put("madeByTokenId", maker));
        }
        ctx.header("Cache-Control", "no-store").contentType("application/json").result(page.toString());
    }

    /** DELETE /api/v1/tokens/{id}: revokes one of the caller's tokens; anybody else's is not found. */
    private void revokeToken(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new InputException("request", List.of(new InputProblem("id", "expected a token id (a whole number)")));
        }
        if (!authenticator.revokeToken(Requests.actor(ctx), id)) {
            throw new WorkspaceException.NotFound("API token of yours", id);
        }
        ctx.status(204);
    }

    /** The request's JSON body (an empty object when there is none); not JSON is a 422 naming why. */
    static JsonNode json(Context ctx) {
        String body = ctx.body();
        if (body.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InputException("request", List.of(new InputProblem("$", "not JSON: " + e.getOriginalMessage())));
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual()) {
            throw new InputException("request", List.of(new InputProblem("$." + field, "missing; send it as a string")));
        }
        return value.asText();
    }

    /** A path on this server: printable ASCII, no backslash, not "//" (another host), never a scheme. */
    private static final java.util.regex.Pattern LOCAL_PATH = java.util.regex.Pattern.compile("/(?![/\\\\])[!-\\[\\]-~]*");

    /**
     * Only a path on this server, so the sign-in form cannot be used to send someone elsewhere. Browsers drop tabs and
     * line breaks from a URL and read a backslash as a slash, so "/\t/evil.example" would be "//evil.example": any
     * character outside printable ASCII, and any backslash, sends home instead.
     */
    static String safeNext(String next) {
        return next != null && LOCAL_PATH.matcher(next).matches() ? next : "/";
    }

    /**
     * HttpOnly and SameSite=Strict always; Secure whenever the server serves TLS itself, or the trusted proxy says the
     * request came over TLS (never because a client's own header says so: see {@link Transport}).
     */
    static Cookie cookie(Context ctx, String name, String value, int maxAgeSeconds) {
        return new Cookie(name, value, "/", maxAgeSeconds, Transport.overTls(ctx), true, null, SameSite.STRICT);
    }

    /** Too many failed attempts: 429. */
    static final class TooManyAttempts extends RuntimeException {
        TooManyAttempts() {
            super("too many failed attempts from this address or for this account; wait and try again");
        }
    }
}

package dev.cleanclaim.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.app.security.SecondFactors;
import dev.cleanclaim.app.web.page.Frame;
import dev.cleanclaim.app.web.page.Pages;
import dev.cleanclaim.app.web.page.QrSvg;
import dev.cleanclaim.app.workspace.Actor;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The signed-in user's second factor, on a page and in the API: setting up an authenticator app (a QR code and the
 * secret to type by hand), confirming it with a first code, new recovery codes, turning it off where optional; and
 * an admin clearing a user's for a lost phone. Recovery codes are shown once, with Cache-Control: no-store.
 */
final class SecondFactorRoutes {

    static final String PAGE = "/account/two-factor";
    static final String API = "/api/v1/account/two-factor";
    /** What a session that must set up its second factor may still reach. */
    static final java.util.Set<String> SET_UP_PATHS = java.util.Set.of(PAGE, API, API + "/confirmation", "/logout");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SecondFactors secondFactors;

    SecondFactorRoutes(ServerParts parts) {
        this.secondFactors = parts.secondFactors();
    }

    void register(RoutesConfig routes) {
        routes.get(PAGE, this::page);
        routes.post(PAGE, this::confirmFromPage);
        routes.post(PAGE + "/recovery-codes", this::newRecoveryCodesFromPage);
        routes.post(PAGE + "/removal", this::removeFromPage);
        routes.get(API, this::status);
        routes.post(API, this::begin);
        routes.post(API + "/confirmation", this::confirm);
        routes.post(API + "/recovery-codes", this::newRecoveryCodes);
        routes.post(API + "/removal", this::remove);
        routes.delete("/api/v1/users/{id}/two-factor", this::clear);
    }

    /** GET /api/v1/account/two-factor: enrolled or not, required or not, recovery codes left. */
    private void status(Context ctx) {
        SecondFactors.Status status = secondFactors.status(Requests.actor(ctx), holder(ctx));
        ObjectNode body = JSON.createObjectNode().put("enrolled", status.enrolled()).put("required", status.required())
                .put("recoveryCodesLeft", status.recoveryCodesLeft()).put("pending", status.pending());
        ctx.header("Cache-Control", "no-store").json(body);
    }

    /** POST /api/v1/account/two-factor: the secret (and otpauth URI) to add to an authenticator app; 201. */
    private void begin(Context ctx) {
        SecondFactors.Enrolment enrolment = secondFactors.begin(Requests.actor(ctx), holder(ctx));
        ctx.header("Cache-Control", "no-store").status(201).json(Map.of("secret", enrolment.secret(), "uri", enrolment.uri(),
                "next", "POST " + API + "/confirmation with {\"code\"} from the app"));
    }

    /** POST /api/v1/account/two-factor/confirmation {"code"}: turns it on; the recovery codes, shown this once. */
    private void confirm(Context ctx) {
        recoveryCodes(ctx, confirmed(ctx, code(ctx)));
    }

    /** Turns it on; a browser session asking is renewed (new id and CSRF token) as one signed in with the code. */
    private List<String> confirmed(Context ctx, String code) {
        SecondFactors.Confirmed confirmed = secondFactors.confirm(Requests.actor(ctx), holder(ctx), Requests.session(ctx), code);
        confirmed.session().ifPresent(renewed -> {
            ctx.cookie(SignInRoutes.cookie(ctx, Guard.SESSION_COOKIE, renewed.id(), -1));
            ctx.attribute(Requests.SESSION, renewed);
        });
        return confirmed.recoveryCodes();
    }

    /** Who a set-up in progress belongs to: this browser session, or this API token; never the user at large. */
    private static String holder(Context ctx) {
        return Requests.session(ctx).map(session -> "session " + session.id())
                .orElseGet(() -> "token " + Requests.token(ctx).map(token -> token.id()).orElse(-1L));
    }

    /** POST /api/v1/account/two-factor/recovery-codes {"code"}: ten new recovery codes in place of the old ones. */
    private void newRecoveryCodes(Context ctx) {
        recoveryCodes(ctx, secondFactors.newRecoveryCodes(Requests.actor(ctx), code(ctx)));
    }

    /** POST /api/v1/account/two-factor/removal {"code"}: turns it off (therapists; admins and billers keep theirs); 204. */
    private void remove(Context ctx) {
        secondFactors.remove(Requests.actor(ctx), code(ctx));
        ctx.status(204);
    }

    /** DELETE /api/v1/users/{id}/two-factor: an admin clears a user's second factor (a lost phone); 204. */
    private void clear(Context ctx) {
        secondFactors.clear(Requests.actor(ctx), SignInRoutes.id(ctx));
        ctx.status(204);
    }

    private static void recoveryCodes(Context ctx, List<String> codes) {
        ctx.header("Cache-Control", "no-store").json(Map.of("recoveryCodes", codes,
                "note", "shown this once; each works once in place of an app code; cleanclaim keeps only their hashes"));
    }

    private void page(Context ctx) {
        show(ctx, Optional.empty(), List.of(), List.of(), 200);
    }

    private void confirmFromPage(Context ctx) {
        fromPage(ctx, code -> confirmed(ctx, code),
                "Your authenticator app is set up: sign-in asks for its code from now on.");
    }

    private void newRecoveryCodesFromPage(Context ctx) {
        fromPage(ctx, code -> secondFactors.newRecoveryCodes(Requests.actor(ctx), code),
                "New recovery codes: the old ones no longer work.");
    }

    private void removeFromPage(Context ctx) {
        fromPage(ctx, code -> {
            secondFactors.remove(Requests.actor(ctx), code);
            return List.of();
        }, "Your second factor is off: sign-in asks for your password only.");
    }

    /** A form with a code: the step done (with any recovery codes it gave, shown once), or its refusal on the page. */
    private void fromPage(Context ctx, java.util.function.Function<String, List<String>> step, String done) {
        try {
            List<String> recoveryCodes = step.apply(ctx.formParam("code"));
            show(ctx, Optional.of(done), recoveryCodes, List.of(), 200);
        } catch (InputException refused) {
            show(ctx, Optional.empty(), List.of(), messages(refused), 422);
        } catch (dev.cleanclaim.app.security.Authenticator.AttemptsThrottled throttled) {
            ctx.header("Retry-After", String.valueOf(throttled.retryAfter().toSeconds() + 1));
            show(ctx, Optional.empty(), List.of(), List.of("Too many wrong codes. Try again in "
                    + (throttled.retryAfter().toMinutes() + 1) + " minute(s)."), 429);
        }
    }

    /**
     * The page: the set-up (QR code, secret, first code) while none is on, else what is left and what can be done.
     * A session that must set one up lands here from any other page; {@code next} is where it was going.
     */
    private void show(Context ctx, Optional<String> done, List<String> recoveryCodes, List<String> problems, int status) {
        Actor actor = Requests.actor(ctx);
        SecondFactors.Status state = secondFactors.status(actor, holder(ctx));
        Optional<SecondFactors.Enrolment> enrolment = state.enrolled() ? Optional.empty()
                : Optional.of(secondFactors.begin(actor, holder(ctx)));
        Map<String, Object> params = new HashMap<>();
        params.put("frame", Frame.of(ctx, "Two-step sign-in", ""));
        params.put("state", state);
        params.put("secret", enrolment.map(found -> grouped(found.secret())).orElse(null));
        params.put("uri", enrolment.map(SecondFactors.Enrolment::uri).orElse(null));
        params.put("qr", enrolment.map(found -> QrSvg.of(found.uri(), "QR code to add cleanclaim to your authenticator app"))
                .orElse(null));
        params.put("done", done.orElse(null));
        params.put("recoveryCodes", recoveryCodes);
        params.put("problems", problems);
        params.put("next", SignInRoutes.safeNext(ctx.queryParam("next")));
        ctx.header("Cache-Control", "no-store").status(status);
        Pages.render(ctx, "account/two-factor.jte", params);
    }

    /** The base32 secret in groups of four, easier to type into an app by hand. */
    private static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?=.)", "$1 ");
    }

    private static List<String> messages(InputException refused) {
        return refused.problems().stream().map(InputProblem::message).toList();
    }

    private static String code(Context ctx) {
        JsonNode code = SignInRoutes.json(ctx).get("code");
        if (code == null || !code.isTextual() || code.asText().length() > 40) {
            throw new InputException("request", List.of(new InputProblem("$.code",
                    "missing; send the code your authenticator app shows (or a recovery code) as a string")));
        }
        return code.asText();
    }
}

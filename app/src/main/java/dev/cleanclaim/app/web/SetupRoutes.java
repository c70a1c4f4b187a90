package dev.cleanclaim.app.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.app.contract.PracticeResourceReader;
import dev.cleanclaim.app.security.Authenticator;
import dev.cleanclaim.app.security.SignIn;
import dev.cleanclaim.app.security.Tokens;
import dev.cleanclaim.app.security.UserAdmin;
import dev.cleanclaim.app.setup.FirstRun;
import dev.cleanclaim.app.web.page.FormState;
import dev.cleanclaim.app.web.page.Frame;
import dev.cleanclaim.app.web.page.Pages;
import dev.cleanclaim.app.web.page.PracticeForms;
import dev.cleanclaim.core.practice.Practice;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first-run set-up page at /setup: the practice's own facts and, while no admin exists, the admin with the
 * one-time set-up code. Without an admin there is no session to protect the form, so it is protected like the
 * sign-in form, by a double-submit token in an HttpOnly cookie and in the form.
 */
final class SetupRoutes {

    static final String SETUP_COOKIE = "cc_setup";
    private static final List<String> SECRETS = List.of("password", "passwordConfirm", "setupCode");

    private final FirstRun firstRun;
    private final Authenticator authenticator;
    private final PracticeResourceReader reader;

    SetupRoutes(ServerParts parts) {
        this.firstRun = parts.firstRun();
        this.authenticator = parts.authenticator();
        this.reader = new PracticeResourceReader(parts.workspace().rules());
    }

    void register(RoutesConfig routes) {
        routes.get("/setup", this::form);
        routes.post("/setup", this::complete);
    }

    private void form(Context ctx) {
        if (!firstRun.pending()) {
            ctx.redirect("/");
            return;
        }
        show(ctx, FormState.of(Map.of("placeOfService", List.of("11"))), HttpStatus.OK);
    }

    private void complete(Context ctx) {
        if (!firstRun.pending()) {
            ctx.redirect("/", HttpStatus.SEE_OTHER);
            return;
        }
        boolean needsAdmin = firstRun.needsAdmin();
        if (needsAdmin) {
            String expected = ctx.cookie(SETUP_COOKIE);
            String sent = ctx.formParam(Guard.CSRF_FIELD);
            if (expected == null || sent == null || !Tokens.same(expected, sent)) {
                throw new Guard.CsrfRefused();
            }
        }
        Map<String, List<String>> form = new HashMap<>(ctx.formParamMap());
        SECRETS.forEach(form::remove); // a refused form comes back without its secrets: they are never written into a page
        String username = text(ctx, "username");
        String password = Optional.ofNullable(ctx.formParam("password")).orElse(""); // spaces are part of a password
        List<InputProblem> problems = new ArrayList<>();
        if (needsAdmin && !password.equals(Optional.ofNullable(ctx.formParam("passwordConfirm")).orElse(""))) {
            problems.add(new InputProblem("$.passwordConfirm", "not the same as the password above"));
        }
        // A practice imported from a practice file needs only its admin; a new workspace needs the practice too.
        boolean practiceNeeded = !firstRun.practiceExists();
        Practice practice = null;
        if (practiceNeeded) {
            try {
                ObjectNode body = PracticeForms.factsJson(ctx.formParamMap());
                practice = reader.facts("set-up", body);
            } catch (InputException refused) {
                problems.addAll(refused.problems());
            }
        }
        try {
            if ((practiceNeeded && practice == null) || !problems.isEmpty()) {
                throw new InputException("set-up", problems);
            }
            Optional<FirstRun.NewAdmin> admin = needsAdmin
                    ? Optional.of(new FirstRun.NewAdmin(text(ctx, "setupCode"), username, password)) : Optional.empty();
            if (practiceNeeded) {
                firstRun.complete(Requests.actorIfAny(ctx), admin, practice);
            } else {
                firstRun.completeAdmin(admin.orElseThrow());
            }
        } catch (InputException refused) {
            show(ctx, FormState.refused(form, refused), HttpStatus.UNPROCESSABLE_CONTENT);
            return;
        }
        if (needsAdmin) {
            // The admin just made signs in at once: they typed the password a moment ago.
            SignIn result = authenticator.signIn(username, password, Guard.remote(ctx));
            if (result instanceof SignIn.SignedIn signedIn) {
                ctx.removeCookie(SETUP_COOKIE, "/");
                ctx.cookie(SignInRoutes.cookie(ctx, Guard.SESSION_COOKIE, signedIn.session().id(), -1));
            }
        }
        ctx.redirect("/admin/practice?setUp=true", HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, FormState form, HttpStatus status) {
        boolean needsAdmin = firstRun.needsAdmin();
        String csrf;
        if (needsAdmin) {
            csrf = Optional.ofNullable(ctx.cookie(SETUP_COOKIE)).filter(token -> !token.isBlank()).orElseGet(Tokens::random);
            ctx.cookie(SignInRoutes.cookie(ctx, SETUP_COOKIE, csrf, 60 * 60));
        } else {
            csrf = Requests.csrfToken(ctx);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("frame", needsAdmin ? new Frame("Set up", "", Optional.empty(), "") : Frame.of(ctx, "Set up", ""));
        params.put("form", form);
        params.put("needsAdmin", needsAdmin);
        params.put("practiceNeeded", !firstRun.practiceExists());
        params.put("csrf", csrf);
        params.put("shortestPassword", UserAdmin.SHORTEST_PASSWORD);
        ctx.status(status);
        Pages.render(ctx, "setup.jte", params);
    }

    private static String text(Context ctx, String field) {
        return Optional.ofNullable(ctx.formParam(field)).map(String::trim).orElse("");
    }
}

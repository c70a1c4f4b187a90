package dev.cleanclaim.app.web;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.app.security.PasswordChanges;
import dev.cleanclaim.app.security.PasswordPolicy;
import dev.cleanclaim.app.security.Tokens;
import dev.cleanclaim.app.web.page.Frame;
import dev.cleanclaim.app.web.page.Pages;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The open page where a user sets a new password with the one-time code their admin gave them. Nobody is signed in,
 * so like the sign-in form it is protected by a double-submit token; the code is checked and throttled exactly as
 * {@code POST /api/v1/password-reset} checks it.
 */
final class PasswordResetRoutes {

    static final String PATH = "/reset-password";

    private final PasswordChanges passwords;

    PasswordResetRoutes(ServerParts parts) {
        this.passwords = parts.passwords();
    }

    void register(RoutesConfig routes) {
        routes.get(PATH, this::form);
        routes.post(PATH, this::reset);
    }

    private void form(Context ctx) {
        String token = Tokens.random();
        ctx.cookie(SignInRoutes.cookie(ctx, SignInRoutes.LOGIN_COOKIE, token, 15 * 60));
        page(ctx, token, Optional.ofNullable(ctx.queryParam("username")).orElse(""), null, List.of(), 200);
    }

    private void reset(Context ctx) {
        String expected = ctx.cookie(SignInRoutes.LOGIN_COOKIE);
        String sent = ctx.formParam(Guard.CSRF_FIELD);
        if (expected == null || sent == null || !Tokens.same(expected, sent)) {
            throw new Guard.CsrfRefused();
        }
        String username = Optional.ofNullable(ctx.formParam("username")).orElse("");
        try {
            passwords.reset(username, ctx.formParam("code"), ctx.formParam("newPassword"), Guard.remote(ctx));
            ctx.removeCookie(SignInRoutes.LOGIN_COOKIE, "/");
            page(ctx, expected, username, "Your new password is set. Sign in with it.", List.of(), 200);
        } catch (InputException refused) {
            page(ctx, expected, username, null, refused.problems().stream().map(InputProblem::message).toList(), 422);
        }
    }

    private static void page(Context ctx, String formToken, String username, String done, List<String> problems, int status) {
        Map<String, Object> params = new HashMap<>();
        params.put("frame", new Frame("Set a new password", "", Optional.empty(), ""));
        params.put("formToken", formToken);
        params.put("username", username);
        params.put("done", done);
        params.put("problems", problems);
        params.put("shortest", PasswordPolicy.SHORTEST);
        ctx.status(status);
        Pages.render(ctx, "reset-password.jte", params);
    }
}

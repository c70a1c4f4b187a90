package dev.cleanclaim.app.web;

import dev.cleanclaim.app.security.Authenticator;
import dev.cleanclaim.app.security.Sessions;
import dev.cleanclaim.app.web.page.Frame;
import dev.cleanclaim.app.web.page.Pages;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.HashMap;
import java.util.Map;

/** The signed-in user's own account: the account page, and signing out of every session at once. */
final class AccountRoutes {

    private final Authenticator authenticator;

    AccountRoutes(ServerParts parts) {
        this.authenticator = parts.authenticator();
    }

    void register(RoutesConfig routes) {
        routes.get("/account", this::accountPage);
        routes.post("/account/sessions/revocation", this::signOutEverywhereFromPage);
        routes.post("/api/v1/account/sessions/revocation", this::signOutEverywhere);
    }

    private void accountPage(Context ctx) {
        Map<String, Object> params = new HashMap<>();
        params.put("frame", Frame.of(ctx, "Your account", ""));
        params.put("lifetimeHours", Sessions.LIFETIME.toHours());
        Pages.render(ctx, "account/index.jte", params);
    }

    /** Ends every session, this one too, and says so on the sign-in page it lands on. */
    private void signOutEverywhereFromPage(Context ctx) {
        int ended = authenticator.signOutEverywhere(Requests.actor(ctx));
        ctx.removeCookie(Guard.SESSION_COOKIE, "/");
        ctx.redirect("/login?signedOutEverywhere=" + ended);
    }

    /** POST /api/v1/account/sessions/revocation: every browser session of the caller ends; how many did. */
    private void signOutEverywhere(Context ctx) {
        int ended = authenticator.signOutEverywhere(Requests.actor(ctx));
        ctx.json(Map.of("endedSessions", ended,
                "note", "every browser session of yours is signed out; API tokens stay until you revoke them"));
    }
}

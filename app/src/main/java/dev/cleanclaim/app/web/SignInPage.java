package dev.cleanclaim.app.web;

import io.javalin.http.Context;

import java.util.Optional;

/** The sign-in page. */
final class SignInPage {

    void render(Context ctx, String csrfToken, Optional<String> message, String next) {
        ctx.contentType("text/html; charset=utf-8").result("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Sign in - cleanclaim</title>"
                + "</head><body><main><h1>Sign in to cleanclaim</h1>"
                + message.map(text -> "<p role=\"alert\" class=\"error\">" + Html.escape(text) + "</p>").orElse("")
                + "<form method=\"post\" action=\"/login\">"
                + "<input type=\"hidden\" name=\"_csrf\" value=\"" + Html.escape(csrfToken) + "\">"
                + "<input type=\"hidden\" name=\"next\" value=\"" + Html.escape(next) + "\">"
                + "<label for=\"username\">Username</label><input id=\"username\" name=\"username\" autocomplete=\"username\" required autofocus>"
                + "<label for=\"password\">Password</label><input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>"
                + "<button type=\"submit\">Sign in</button></form></main></body></html>");
    }
}

package dev.cleanclaim.app.web.page;

import dev.cleanclaim.app.web.Requests;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.store.UserRole;
import io.javalin.http.Context;

import java.util.Optional;

/**
 * What every page's frame needs: its title, which part of the app it belongs to (for the navigation), who is
 * signed in, the CSRF token every form and htmx request of the session sends back, and whether the workspace is the
 * demo practice (every page then says so, so nobody takes its made-up claims for real ones).
 *
 * @param section "dashboard", "patients", "claims", "remittances", "reports", "rules", "users", "audit", or "" for pages
 *                outside the navigation
 */
public record Frame(String title, String section, Optional<Actor> actor, String csrfToken, boolean demo) {

    /** htmx, served from its webjar: the one script the pages load. */
    public static final String HTMX = "/webjars/htmx.org/" + WebJars.version("htmx.org") + "/dist/htmx.min.js";

    /** A frame outside the demo's marking, e.g. a page before anyone is signed in. */
    public Frame(String title, String section, Optional<Actor> actor, String csrfToken) {
        this(title, section, actor, csrfToken, false);
    }

    public static Frame of(Context ctx, String title, String section) {
        return new Frame(title, section, Requests.actorIfAny(ctx), Requests.csrfToken(ctx), Requests.demo(ctx));
    }

    public boolean signedIn() {
        return actor.isPresent();
    }

    public String username() {
        return actor.map(Actor::username).orElse("");
    }

    public String role() {
        return actor.map(found -> found.role().name().toLowerCase(java.util.Locale.ROOT)).orElse("");
    }

    public boolean admin() {
        return actor.filter(found -> found.role() == UserRole.ADMIN).isPresent();
    }

    /** Therapists see their own patients' claims; remittances and reports that span the practice are not theirs. */
    public boolean therapist() {
        return actor.filter(Actor::isTherapist).isPresent();
    }

    /** The navigation link's aria-current value: "page" on the section shown, nothing elsewhere. */
    public String current(String navSection) {
        return section.equals(navSection) ? "page" : null;
    }

    /** The JSON of hx-headers on the body: htmx sends the CSRF token as a header on every request it makes. */
    public String htmxHeaders() {
        return "{\"X-CSRF-Token\": \"" + csrfToken + "\"}";
    }
}

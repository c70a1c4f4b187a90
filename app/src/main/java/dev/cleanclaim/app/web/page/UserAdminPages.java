package dev.cleanclaim.app.web.page;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.security.PasswordChanges;
import dev.cleanclaim.app.security.SecondFactors;
import dev.cleanclaim.app.security.UserAdmin;
import dev.cleanclaim.app.web.Requests;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.store.Stored;
import dev.cleanclaim.store.UserAccount;
import dev.cleanclaim.store.UserRole;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The admin's users page: who may sign in, a new user, and deactivating (or reactivating) one. */
public final class UserAdminPages {

    private final UserAdmin users;
    private final PasswordChanges passwords;
    private final SecondFactors secondFactors;
    private final Workspace workspace;

    public UserAdminPages(UserAdmin users, PasswordChanges passwords, SecondFactors secondFactors, Workspace workspace) {
        this.users = users;
        this.passwords = passwords;
        this.secondFactors = secondFactors;
        this.workspace = workspace;
    }

    public void register(RoutesConfig routes) {
        routes.get("/admin/users", ctx -> show(ctx, FormState.of(Map.of("role", List.of("therapist"))), HttpStatus.OK));
        routes.post("/admin/users", this::create);
        routes.post("/admin/users/{id}/active", this::setActive);
        routes.post("/admin/users/{id}/reset-code", this::issueResetCode);
        routes.post("/admin/users/{id}/two-factor/clear", this::clearSecondFactor);
    }

    /** Clears a user's second factor (a lost phone); their sessions end and their next sign-in sets it up again. */
    private void clearSecondFactor(Context ctx) {
        try {
            secondFactors.clear(Requests.actor(ctx), PageParams.id(ctx));
            ctx.redirect("/admin/users?cleared=" + PageParams.id(ctx), HttpStatus.SEE_OTHER);
        } catch (InputException refused) {
            show(ctx, FormState.of(Map.of()).withMessage(refused.problems().get(0).message()), HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    /** A one-time reset code, on a page of its own: shown this once, never again (only its hash is kept). */
    private void issueResetCode(Context ctx) {
        PasswordChanges.IssuedResetCode issued = passwords.issueResetCode(Requests.actor(ctx), PageParams.id(ctx));
        Pages.render(ctx, "admin/reset-code.jte", Map.of("frame", Frame.of(ctx, "Reset code", "users"),
                "username", issued.username(), "code", issued.code(), "expiresAt", issued.expiresAt().toString()));
    }

    private void create(Context ctx) {
        Map<String, List<String>> form = new HashMap<>(ctx.formParamMap());
        String password = ctx.formParam("password");
        form.remove("password"); // a refused form comes back without the password: it is never written into a page
        try {
            UserAccount created = users.create(Requests.actor(ctx), ctx.formParam("username"), password,
                    Optional.ofNullable(ctx.formParam("role")).flatMap(UserAdminPages::role),
                    Optional.ofNullable(ctx.formParam("provider")).filter(text -> text.matches("\\d{1,18}")).map(Long::valueOf));
            ctx.redirect("/admin/users?created=" + created.username(), HttpStatus.SEE_OTHER);
        } catch (InputException refused) {
            show(ctx, FormState.refused(form, refused), HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    private void setActive(Context ctx) {
        long id = PageParams.id(ctx);
        try {
            users.setActive(Requests.actor(ctx), id, "true".equals(ctx.formParam("active")));
            ctx.redirect("/admin/users", HttpStatus.SEE_OTHER);
        } catch (InputException refused) {
            show(ctx, FormState.of(Map.of()).withMessage(refused.problems().get(0).message()), HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    private void show(Context ctx, FormState form, HttpStatus status) {
        Actor actor = Requests.actor(ctx);
        Map<Long, Stored<RenderingProvider>> providers = workspace.providersById();
        List<UserAdminView.UserRow> rows = new ArrayList<>();
        for (UserAccount user : users.list(actor)) {
            rows.add(new UserAdminView.UserRow(user.id(), user.username(), user.role().name().toLowerCase(Locale.ROOT),
                    user.providerId().map(providers::get).map(PatientPages::providerName).orElse(""), user.active(),
                    user.secondFactor(), SecondFactors.requiredFor(user.role()), user.id() == actor.userId()));
        }
        List<Choice> roles = List.of(new Choice("therapist", "Therapist: their own patients and visits"),
                new Choice("biller", "Biller: every patient, visit and claim"), new Choice("admin", "Admin: users and rules"));
        List<Choice> providerChoices = new ArrayList<>();
        providerChoices.add(new Choice("", "None (billers and admins)"));
        providers.values().forEach(provider -> providerChoices.add(new Choice(String.valueOf(provider.id()),
                PatientPages.providerName(provider))));
        ctx.status(status);
        Pages.render(ctx, "admin/users.jte", Map.of("frame", Frame.of(ctx, "Users", "users"), "view",
                new UserAdminView(rows, form, roles, providerChoices, created(ctx, rows), UserAdmin.SHORTEST_PASSWORD)));
    }

    /** The user just created, confirmed only when listed: a link cannot make the page announce a user who is not there. */
    private static String created(Context ctx, List<UserAdminView.UserRow> rows) {
        return Optional.ofNullable(ctx.queryParam("created"))
                .filter(name -> rows.stream().anyMatch(row -> row.username().equals(name))).orElse(null);
    }

    private static Optional<UserRole> role(String text) {
        for (UserRole role : UserRole.values()) {
            if (role.name().equalsIgnoreCase(text.trim())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}

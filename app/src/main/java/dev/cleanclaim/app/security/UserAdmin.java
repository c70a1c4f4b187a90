package dev.cleanclaim.app.security;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.WorkspaceException;
import dev.cleanclaim.store.AuditNote;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.UserAccount;
import dev.cleanclaim.store.UserRole;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The admin's work on users: who can sign in, with which role, and for a therapist whose patients they see. Only
 * an admin may do any of it, and every change is audited. Passwords are hashed here and never kept in clear.
 */
public final class UserAdmin {

    /** See {@link PasswordPolicy}: NIST SP 800-63B's rules, a list of common passwords included. */
    public static final int SHORTEST_PASSWORD = PasswordPolicy.SHORTEST;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

    private final Database database;
    private final PasswordHasher hasher;

    public UserAdmin(Database database, PasswordHasher hasher) {
        this.database = database;
        this.hasher = hasher;
    }

    public List<UserAccount> list(Actor admin) {
        requireAdmin(admin);
        List<UserAccount> users = database.users().list();
        database.audit().record(admin.username(), "list", "user", Optional.empty(), Optional.of(admin.remoteAddress()),
                Optional.of(users.size() + " user(s)"));
        return users;
    }

    /** Creates a user; every problem with the request is named at once, and nothing is created while there is one. */
    public UserAccount create(Actor admin, String username, String password, Optional<UserRole> role, Optional<Long> providerId) {
        requireAdmin(admin);
        String name = username == null ? "" : username.trim();
        List<InputProblem> problems = problemsWith(name, password, role, providerId);
        if (!problems.isEmpty()) {
            throw new InputException("user", problems);
        }
        Optional<Long> provider = role.get() == UserRole.THERAPIST ? providerId : Optional.empty();
        return database.users().createUnlessTaken(name, hasher.hash(password), role.get(), provider,
                        new AuditNote(admin.username(), Optional.of(admin.remoteAddress()), "create",
                                Optional.of(role.get().name().toLowerCase(Locale.ROOT))))
                .orElseThrow(() -> new InputException("user", List.of(taken(name)))); // taken since the look above
    }

    private List<InputProblem> problemsWith(String name, String password, Optional<UserRole> role, Optional<Long> providerId) {
        List<InputProblem> problems = new ArrayList<>();
        usernameProblem(name).ifPresentOrElse(problems::add, () -> {
            if (database.users().findByUsername(name).isPresent()) {
                problems.add(taken(name));
            }
        });
        passwordProblem(name, password).ifPresent(problems::add);
        if (role.isEmpty()) {
            problems.add(new InputProblem("$.role", "choose admin, biller or therapist"));
        }
        if (role.filter(UserRole.THERAPIST::equals).isPresent() && providerId.filter(this::isProvider).isEmpty()) {
            problems.add(new InputProblem("$.provider", "a therapist sees the patients of one provider: choose which"));
        }
        return problems;
    }

    /** What is wrong with a username as every way of making a user checks it (the users page, the first-run set-up). */
    public static Optional<InputProblem> usernameProblem(String name) {
        return name != null && USERNAME.matcher(name).matches() ? Optional.empty()
                : Optional.of(new InputProblem("$.username", "3 to 40 characters: lower-case letters, digits, '.', '_'"
                        + " or '-', starting with a letter or digit"));
    }

    /** What is wrong with a new password for this user, as every way of setting one checks it. */
    public static Optional<InputProblem> passwordProblem(String username, String password) {
        return PasswordPolicy.problemWith(username, password).map(reason -> new InputProblem("$.password", reason));
    }

    private boolean isProvider(long id) {
        return database.practices().firstId()
                .map(practice -> database.practices().providers(practice).stream().anyMatch(provider -> provider.id() == id))
                .orElse(false);
    }

    private static InputProblem taken(String name) {
        return new InputProblem("$.username", "\"" + name + "\" is taken; choose another username");
    }

    /** A deactivated user cannot sign in, and their sessions and API tokens stop working at their next request. */
    public void setActive(Actor admin, long userId, boolean active) {
        requireAdmin(admin);
        if (userId == admin.userId()) {
            throw new InputException("user", List.of(new InputProblem("$.active",
                    "you cannot deactivate yourself; another admin can")));
        }
        UserAccount user = database.users().find(userId).orElseThrow(() -> new WorkspaceException.NotFound("user", userId));
        database.users().setActive(user.id(), active, new AuditNote(admin.username(), Optional.of(admin.remoteAddress()),
                active ? "activate" : "deactivate", Optional.empty()));
    }

    private void requireAdmin(Actor actor) {
        actor.requireAdmin("users are managed by an admin", database.audit(), "user");
    }
}

package dev.cleanclaim.app.setup;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.app.security.PasswordHasher;
import dev.cleanclaim.app.security.UserAdmin;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.app.workspace.WorkspaceException;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.store.AuditNote;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.UserAccount;
import dev.cleanclaim.store.UserRole;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The first-run set-up of a workspace for a real practice: the practice with its billing provider, and, when no
 * admin exists yet, the admin and their password. Without an admin, the set-up asks for the one-time code the first
 * start wrote to a file only the server's owner can read ({@link SetupCode}), so reaching the port first is not
 * enough to claim the practice; with an admin (CLEANCLAIM_ADMIN_PASSWORD), that admin, signed in, completes it.
 */
public final class FirstRun {


    private final Database database;
    private final Workspace workspace;
    private final PasswordHasher hasher;
    private final Optional<SetupCode> code;
    private volatile boolean done;

    private FirstRun(Database database, Workspace workspace, PasswordHasher hasher, Optional<SetupCode> code) {
        this.database = database;
        this.workspace = workspace;
        this.hasher = hasher;
        this.code = code;
    }

    /**
     * @param setupFolder where to write the one-time code when the workspace has neither a practice nor an admin;
     *                    empty where no set-up by code is offered (a demo workspace)
     */
    public static FirstRun at(Database database, Workspace workspace, PasswordHasher hasher, Optional<Path> setupFolder) {
        // No user yet, with or without a practice (one imported from a practice file): the set-up makes the admin.
        boolean waiting = database.users().count() == 0;
        Optional<SetupCode> code = waiting ? setupFolder.map(SetupCode::issue) : Optional.empty();
        return new FirstRun(database, workspace, hasher, code);
    }

    /** Whether the workspace still waits for its set-up: its practice, or the admin of an imported practice. */
    public boolean pending() {
        if (done) {
            return false;
        }
        boolean waiting = !workspace.isSetUp() || (code.isPresent() && needsAdmin());
        // Asked before every request: once set up it stays so (practices and users are never deleted), so stop asking
        // the database.
        done = !waiting;
        return waiting;
    }

    /** Whether the practice exists already (imported from a practice file), so the set-up makes only the admin. */
    public boolean practiceExists() {
        return workspace.isSetUp();
    }

    /** Whether the set-up must also make the admin (and so asks for the one-time code). */
    public boolean needsAdmin() {
        return database.users().count() == 0;
    }

    /** The file holding the one-time code, to name (never to print) at start. */
    public Optional<Path> codeFile() {
        return code.filter(unused -> pending() && needsAdmin()).map(SetupCode::file);
    }

    /**
     * Completes the set-up: by the signed-in admin, or by whoever holds the one-time code when there is no admin yet
     * (then {@code admin} names the admin to create). Every problem is named at once and nothing is saved while there
     * is one.
     */
    public Completed complete(Optional<Actor> signedIn, Optional<NewAdmin> admin, Practice practice) {
        return complete(signedIn, admin, Optional.of(practice));
    }

    /** Makes the admin of a practice imported from a practice file, with the one-time code. */
    public Completed completeAdmin(NewAdmin admin) {
        return complete(Optional.empty(), Optional.of(admin), Optional.empty());
    }

    private Completed complete(Optional<Actor> signedIn, Optional<NewAdmin> admin, Optional<Practice> practice) {
        if (!pending()) {
            throw new WorkspaceException.Conflict("this workspace is set up already: change the practice on its page");
        }
        List<InputProblem> problems = new ArrayList<>();
        if (needsAdmin()) {
            if (code.isEmpty()) {
                throw new WorkspaceException.Forbidden("this workspace is set up by its admin: start it with"
                        + " CLEANCLAIM_ADMIN_PASSWORD, or run `cleanclaim practice import FILE`");
            }
            NewAdmin given = admin.orElse(new NewAdmin("", "", ""));
            if (!code.get().matches(given.setupCode())) {
                problems.add(new InputProblem("$.setupCode", "not the set-up code; it is in " + code.get().file()
                        + " on the server (readable by the account that started cleanclaim)"));
            }
            UserAdmin.usernameProblem(given.username()).ifPresent(problems::add);
            UserAdmin.passwordProblem(given.username(), given.password()).ifPresent(problems::add);
        } else if (signedIn.filter(actor -> actor.role() == UserRole.ADMIN).isEmpty()) {
            throw new WorkspaceException.Forbidden("only an admin completes the set-up: sign in as the admin");
        }
        if (!problems.isEmpty()) {
            throw new InputException("set-up", problems);
        }
        if (practice.isEmpty() && !practiceExists()) {
            throw new InputException("set-up", List.of(new InputProblem("$.practice", "missing; name the practice and its"
                    + " billing provider")));
        }
        // Each write carries its audit row into its own transaction: the practice, then the admin.
        String by = signedIn.map(Actor::username).orElseGet(() -> admin.map(NewAdmin::username).orElse("set-up"));
        long practiceId = practiceExists() ? database.practices().firstId().orElseThrow()
                : database.practices().create(practice.get(), new AuditNote(by, signedIn.map(Actor::remoteAddress),
                "create", Optional.of("first-run set-up")));
        Optional<UserAccount> created = Optional.empty();
        if (needsAdmin()) {
            NewAdmin given = admin.orElseThrow();
            created = Optional.of(database.users().createUnlessTaken(given.username(), hasher.hash(given.password()),
                    UserRole.ADMIN, Optional.empty(), new AuditNote(given.username(), signedIn.map(Actor::remoteAddress),
                            "create", Optional.of("first-run set-up: the admin"))).orElseThrow(() -> new InputException("set-up",
                    List.of(new InputProblem("$.username", "\"" + given.username() + "\" is taken; choose another username")))));
            code.get().spend();
        }
        return new Completed(practiceId, created);
    }

    /** The admin the set-up creates, and the one-time code that allows it. */
    public record NewAdmin(String setupCode, String username, String password) {
    }

    /** @param admin the admin created by this set-up, to sign in at once */
    public record Completed(long practiceId, Optional<UserAccount> admin) {
    }
}

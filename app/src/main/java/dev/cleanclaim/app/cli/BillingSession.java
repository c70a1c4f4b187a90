package dev.cleanclaim.app.cli;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.UserRole;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The workspace a billing command (import 835, import 999|277ca, submit) works in, and who acts: the system user as
 * a biller, named "cli:NAME" in the claims' history and the audit log. A database without a practice is refused.
 */
final class BillingSession implements AutoCloseable {

    private final Database database;
    private final Workspace workspace;
    private final Actor actor;

    private BillingSession(Database database, Workspace workspace, Actor actor) {
        this.database = database;
        this.workspace = workspace;
        this.actor = actor;
    }

    static BillingSession open(DatabaseOptions options, RulesOption rules, CliContext context, String user) {
        Database opened = Database.open(options.settings(), context.clock());
        if (opened.practices().firstId().isEmpty()) {
            opened.close();
            throw new InputException(options.named(), List.of(new InputProblem("database",
                    "holds no practice yet: start it once with cleanclaim serve, or name another with --db or --data")));
        }
        return new BillingSession(opened, Workspace.open(opened, context.rules(rules.folder()), context.clock()),
                new Actor(0, "cli:" + user, UserRole.BILLER, Optional.empty(), "local"));
    }

    Workspace workspace() {
        return workspace;
    }

    Actor actor() {
        return actor;
    }

    /** A file named on the command line, whole; one that cannot be read is bad input naming it. */
    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file.toString(), List.of(new InputProblem("file", "cannot be read: " + e.getMessage())));
        }
    }

    @Override
    public void close() {
        database.close();
    }
}

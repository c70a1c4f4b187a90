package dev.cleanclaim.app.web;

import dev.cleanclaim.app.security.Authenticator;
import dev.cleanclaim.app.security.InitialUsers;
import dev.cleanclaim.app.security.PasswordChanges;
import dev.cleanclaim.app.security.PasswordHasher;
import dev.cleanclaim.app.security.SecondFactors;
import dev.cleanclaim.app.security.Sessions;
import dev.cleanclaim.app.security.UserAdmin;
import dev.cleanclaim.app.setup.FirstRun;
import dev.cleanclaim.app.workspace.DemoPractice;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.DatabaseSettings;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The running workspace: the database (migrated; seeded with the demo practice when asked) and the server in front
 * of it. What `cleanclaim serve` starts, and what the tests start on a random port.
 *
 * @param firstUsers  the users created at this start, with the passwords to show once; empty on later starts
 * @param hadPractice whether the workspace held a practice before this start (imported, set up or an earlier demo)
 * @param demoSeeded  whether this start filled the workspace with the demo practice: only a workspace without a
 *                    practice gets it, so a start asking for the demo on a real workspace adds nothing
 */
public record WebApp(Database database, ApiServer server, ServerParts parts, List<InitialUsers.Credential> firstUsers,
                     boolean hadPractice, boolean demoSeeded)
        implements AutoCloseable {

    /** How a workspace starts: with the demo practice, or empty for a real practice to set itself up. */
    public sealed interface Start {
        /** A new database gets the demo practice and its users. */
        record Demo() implements Start {
        }

        /**
         * A new database stays empty until its admin completes the set-up at /setup.
         *
         * @param setupFolder where the one-time set-up code is written when no admin password is given
         */
        record Practice(Path setupFolder) implements Start {
        }
    }

    /** A demo workspace, as the tests and the load tool use. */
    public static WebApp start(DatabaseSettings settings, RuleData rules, Clock clock, Map<String, String> environment,
                               String host, int port) {
        return start(settings, rules, clock, environment, host, port, new Start.Demo());
    }

    public static WebApp start(DatabaseSettings settings, RuleData rules, Clock clock, Map<String, String> environment,
                               String host, int port, Start start) {
        return start(settings, rules, clock, environment, Listener.http(host, port), start);
    }

    public static WebApp start(DatabaseSettings settings, RuleData rules, Clock clock, Map<String, String> environment,
                               Listener listener, Start start) {
        Database database = Database.open(settings, clock);
        try {
            boolean hadPractice = database.practices().firstId().isPresent();
            boolean seeded = start instanceof Start.Demo && DemoPractice.seedIfEmpty(database, rules, clock);
            PasswordHasher hasher = new PasswordHasher();
            List<InitialUsers.Credential> firstUsers = start instanceof Start.Demo || environment.containsKey(InitialUsers.ADMIN_PASSWORD)
                    ? InitialUsers.createIfNone(database, hasher, environment, seeded)
                    : List.of();
            Workspace workspace = Workspace.open(database, rules, clock);
            database.sealAuditEvery(Duration.ofSeconds(1));
            Optional<Path> setupFolder = start instanceof Start.Practice practice ? Optional.of(practice.setupFolder()) : Optional.empty();
            FirstRun firstRun = FirstRun.at(database, workspace, hasher, setupFolder);
            Sessions sessions = new Sessions(clock);
            Authenticator authenticator = new Authenticator(database, hasher, sessions, clock);
            ServerParts parts = new ServerParts(workspace, authenticator, sessions, new UserAdmin(database, hasher), clock,
                    firstRun, new PasswordChanges(database, hasher, sessions, authenticator, clock),
                    new SecondFactors(database, authenticator, sessions, clock), ClientAddress.from(environment));
            return new WebApp(database, ApiServer.start(listener, parts), parts, firstUsers, hadPractice, seeded);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
        database.close();
    }
}

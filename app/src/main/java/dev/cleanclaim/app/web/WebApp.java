package dev.cleanclaim.app.web;

import dev.cleanclaim.app.security.Authenticator;
import dev.cleanclaim.app.security.InitialUsers;
import dev.cleanclaim.app.security.PasswordHasher;
import dev.cleanclaim.app.security.Sessions;
import dev.cleanclaim.app.security.UserAdmin;
import dev.cleanclaim.app.workspace.DemoPractice;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.DatabaseSettings;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The running workspace: the database (migrated, and seeded with the demo practice and the first users when new)
 * and the server in front of it. What `cleanclaim serve` starts, and what the tests start on a random port.
 *
 * @param firstUsers the users created at this start, with the passwords to show once; empty on later starts
 */
public record WebApp(Database database, ApiServer server, ServerParts parts, List<InitialUsers.Credential> firstUsers)
        implements AutoCloseable {

    public static WebApp start(DatabaseSettings settings, RuleData rules, Clock clock, Map<String, String> environment,
                               String host, int port) {
        Database database = Database.open(settings, clock);
        try {
            boolean seeded = DemoPractice.seedIfEmpty(database, rules, clock);
            PasswordHasher hasher = new PasswordHasher();
            List<InitialUsers.Credential> firstUsers = InitialUsers.createIfNone(database, hasher, environment, seeded);
            Sessions sessions = new Sessions(clock);
            ServerParts parts = new ServerParts(Workspace.open(database, rules, clock),
                    new Authenticator(database, hasher, sessions, clock), sessions, new UserAdmin(database, hasher), clock);
            return new WebApp(database, ApiServer.start(host, port, parts), parts, firstUsers);
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

package dev.cleanclaim.bench.load;

import dev.cleanclaim.app.security.InitialUsers;
import dev.cleanclaim.app.security.SecondFactors;
import dev.cleanclaim.app.security.Totp;
import dev.cleanclaim.store.AuditNote;
import dev.cleanclaim.store.UserAccount;
import dev.cleanclaim.app.web.WebApp;
import dev.cleanclaim.rules.BuiltInRuleData;
import dev.cleanclaim.store.DatabaseSettings;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The whole server in this JVM, over a fresh in-memory H2 database with the demo practice, on a free loopback port.
 * Its users' passwords are {@link #PASSWORD}; its admins and billers have a second factor with {@link #TOTP_SECRET}. It shares the CPUs with the clients, so its figures are a lower bound
 * on what a server of its own would do on the same machine.
 */
record InProcessServer(WebApp app) implements AutoCloseable {

    static final String USER = "biller";
    static final String PASSWORD = "load-tool-demo-password";

    /** The authenticator-app secret of its admins and billers, who must have a second factor (base32). */
    static final String TOTP_SECRET = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";

    static InProcessServer start() {
        Map<String, String> passwords = Map.of(InitialUsers.ADMIN_PASSWORD, PASSWORD, InitialUsers.DEMO_PASSWORD, PASSWORD);
        WebApp app = WebApp.start(DatabaseSettings.inMemory("load-" + UUID.randomUUID()),
                BuiltInRuleData.load(), Clock.systemUTC(), passwords, "127.0.0.1", 0);
        for (UserAccount user : app.database().users().list()) {
            if (SecondFactors.requiredFor(user.role())) {
                app.database().secondFactors().enrol(user.id(), TOTP_SECRET, 0, List.of(),
                        new AuditNote("load-tool", Optional.empty(), "second-factor-on", Optional.empty()));
            }
        }
        return new InProcessServer(app);
    }

    /** The code a user's app would show now, for the token request. */
    static String code() {
        return Totp.code(TOTP_SECRET, Totp.step(java.time.Instant.now()));
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + app.port() + "/");
    }

    @Override
    public void close() {
        app.close();
    }
}

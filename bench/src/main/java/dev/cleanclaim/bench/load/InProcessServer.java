package dev.cleanclaim.bench.load;

import dev.cleanclaim.app.security.InitialUsers;
import dev.cleanclaim.app.web.WebApp;
import dev.cleanclaim.rules.BuiltInRuleData;
import dev.cleanclaim.store.DatabaseSettings;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * The whole server in this JVM, over a fresh in-memory H2 database with the demo practice, on a free loopback port.
 * Its users' passwords are {@link #PASSWORD}. It shares the CPUs with the clients, so its figures are a lower bound
 * on what a server of its own would do on the same machine.
 */
record InProcessServer(WebApp app) implements AutoCloseable {

    static final String USER = "biller";
    static final String PASSWORD = "load-tool-demo-password";

    static InProcessServer start() {
        Map<String, String> passwords = Map.of(InitialUsers.ADMIN_PASSWORD, PASSWORD, InitialUsers.DEMO_PASSWORD, PASSWORD);
        return new InProcessServer(WebApp.start(DatabaseSettings.inMemory("load-" + UUID.randomUUID()),
                BuiltInRuleData.load(), Clock.systemUTC(), passwords, "127.0.0.1", 0));
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + app.port() + "/");
    }

    @Override
    public void close() {
        app.close();
    }
}

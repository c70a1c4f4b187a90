package dev.cleanclaim.app.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cleanclaim.app.security.InitialUsers;
import dev.cleanclaim.app.security.SecondFactorCodes;
import dev.cleanclaim.app.security.SecondFactors;
import dev.cleanclaim.app.security.Totp;
import dev.cleanclaim.store.AuditNote;
import dev.cleanclaim.store.UserAccount;
import dev.cleanclaim.app.web.WebApp;
import dev.cleanclaim.rules.BuiltInRuleData;
import dev.cleanclaim.store.DatabaseSettings;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real workspace for tests: the web app on a random port over a fresh database with the demo practice, whose
 * users all have {@link #PASSWORD}. {@link #send} talks to it over HTTP as a given user, with that user's API token.
 */
public final class TestWorkspace implements AutoCloseable {

    public static final String PASSWORD = "correct horse battery staple";
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    /** The authenticator-app secret of the test users who have a second factor (base32, 160 bits). */
    public static final String TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    static final int TEST_RECOVERY_CODES = 300;
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebApp app;
    private final HttpClient client = HttpClient.newHttpClient();
    private final Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> recoveryCodesUsed = new java.util.concurrent.ConcurrentHashMap<>();

    private TestWorkspace(WebApp app) {
        this.app = app;
        app.database().users().list().stream().filter(user -> SecondFactors.requiredFor(user.role()))
                .forEach(user -> enrolSecondFactor(user.username()));
    }

    /**
     * Sets up the user's second factor as if they had scanned {@link #TOTP_SECRET} into an app, with
     * {@link #TEST_RECOVERY_CODES} recovery codes ("testcode1", "testcode2", ...). The admins and billers a workspace
     * starts with get one at once: they must have one to sign in. The app's codes for the clock's step and the one
     * either side stay unused, for the tests of the app-code path.
     */
    public void enrolSecondFactor(String username) {
        UserAccount user = app.database().users().findByUsername(username).orElseThrow();
        List<String> hashes = java.util.stream.IntStream.rangeClosed(1, TEST_RECOVERY_CODES)
                .mapToObj(n -> SecondFactorCodes.hashOf("testcode" + n)).toList();
        app.database().secondFactors().enrol(user.id(), TOTP_SECRET, Totp.step(CLOCK.instant()) - 2, hashes,
                new AuditNote("test-set-up", Optional.empty(), "second-factor-on", Optional.empty()));
    }

    /** Whether signing in as the user asks for a second-factor code. */
    public boolean hasSecondFactor(String username) {
        return app.database().users().findByUsername(username).map(UserAccount::secondFactor).orElse(false);
    }

    /**
     * A code that signs the user in once: the next of their test recovery codes (the app's code changes every 30
     * seconds, and the test clock stands still, so each would work once).
     */
    public String secondFactorCode(String username) {
        return "testcode" + recoveryCodesUsed.computeIfAbsent(username, name -> new AtomicInteger()).incrementAndGet();
    }

    /** On a private in-memory H2 database. */
    public static TestWorkspace onH2() {
        return on(DatabaseSettings.inMemory("test-" + DATABASES.incrementAndGet()));
    }

    public static TestWorkspace on(DatabaseSettings settings) {
        return new TestWorkspace(WebApp.start(settings, BuiltInRuleData.load(), CLOCK,
                Map.of(InitialUsers.ADMIN_PASSWORD, PASSWORD, InitialUsers.DEMO_PASSWORD, PASSWORD), "127.0.0.1", 0));
    }

    /** A demo workspace whose server believes X-Forwarded-For from 127.0.0.1, as behind a TLS proxy on the same machine. */
    public static TestWorkspace behindTrustedProxy() {
        return new TestWorkspace(WebApp.start(DatabaseSettings.inMemory("proxy-" + DATABASES.incrementAndGet()),
                BuiltInRuleData.load(), CLOCK, Map.of(InitialUsers.ADMIN_PASSWORD, PASSWORD, InitialUsers.DEMO_PASSWORD, PASSWORD,
                        dev.cleanclaim.app.web.ClientAddress.VARIABLE, "127.0.0.1"), "127.0.0.1", 0));
    }

    /**
     * A workspace for a real practice, as `cleanclaim serve` starts it without --demo: no demo practice, its admin's
     * password (and nothing else) from the environment.
     */
    public static TestWorkspace ofPractice(DatabaseSettings settings, java.nio.file.Path setupFolder) {
        return new TestWorkspace(WebApp.start(settings, BuiltInRuleData.load(), CLOCK,
                Map.of(InitialUsers.ADMIN_PASSWORD, PASSWORD), "127.0.0.1", 0, new WebApp.Start.Practice(setupFolder)));
    }

    /**
     * A new workspace for a real practice: no demo, no admin password in the environment, so the first-run set-up
     * writes its one-time code into {@code setupFolder}.
     */
    public static TestWorkspace freshPractice(java.nio.file.Path setupFolder) {
        return freshPractice(DatabaseSettings.inMemory("fresh-" + DATABASES.incrementAndGet()), setupFolder);
    }

    /** The same over a database that may hold a practice already (one imported from a practice file). */
    public static TestWorkspace freshPractice(DatabaseSettings settings, java.nio.file.Path setupFolder) {
        return new TestWorkspace(WebApp.start(settings, BuiltInRuleData.load(), CLOCK, Map.of(), "127.0.0.1", 0,
                new WebApp.Start.Practice(setupFolder)));
    }

    public WebApp app() {
        return app;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    /** The user's API token, fetched once with their password through POST /api/v1/tokens. */
    public String tokenOf(String username) {
        return tokens.computeIfAbsent(username, user -> {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url("/api/v1/tokens")))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(tokenRequest(user).toString())).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 201) {
                    throw new IllegalStateException("no token for " + user + ": " + response.statusCode() + " " + response.body());
                }
                return JSON.readTree(response.body()).get("token").asText();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    /** What a script sends for a token: the password and, for a user with a second factor, a code. */
    private com.fasterxml.jackson.databind.node.ObjectNode tokenRequest(String user) {
        var body = JSON.createObjectNode().put("username", user).put("password", PASSWORD).put("label", "test");
        return hasSecondFactor(user) ? body.put("code", secondFactorCode(user)) : body;
    }

    /** A request as {@code username} (null: anonymous); a non-null body is sent as JSON. */
    public HttpResponse<String> send(String username, String method, String path, String body) throws Exception {
        return send(username, method, path, body, Map.of());
    }

    /** The same, with more headers (If-Match, ...). */
    public HttpResponse<String> send(String username, String method, String path, String body,
                                     Map<String, String> headers) throws Exception {
        return sendWithToken(username == null ? null : tokenOf(username), method, path, body, headers);
    }

    /** A request with the API token given (null: none), e.g. one just revoked; a body is JSON unless a header says otherwise. */
    public HttpResponse<String> sendWithToken(String token, String method, String path, String body,
                                              Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        if (body != null && headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> download(String username, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + tokenOf(username))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Override
    public void close() {
        app.close();
    }
}

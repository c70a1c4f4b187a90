package dev.cleanclaim.app.cli;

import dev.cleanclaim.rules.BuiltInRuleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ServeCommandTest {

    private static final Pattern SERVING = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/");

    /** `cleanclaim serve` running on a thread of its own; interrupting the thread stops it. */
    private record Serving(Thread thread, StringWriter out, int port) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            thread.interrupt();
            thread.join(10_000);
        }
    }

    @Test
    void serve_demo_on_a_workspace_holding_a_real_practice_says_it_added_nothing_and_lists_the_admin_it_made(@TempDir Path data)
            throws Exception {
        assertThat(Cli.run("practice", "import", Path.of("..", "examples", "practice-real.yaml").toString(),
                "--data", data.toString()).exitCode()).isEqualTo(ExitCode.OK);

        try (Serving serving = serve(data)) {
            assertThat(serving.out().toString())
                    .contains("the workspace already holds a practice, so --demo added nothing")
                    .contains("users created at this start").containsPattern("admin +admin +password in \\S*first-passwords.txt")
                    .doesNotContain("demo practice. Its users").doesNotContain("a new workspace")
                    .doesNotContain("biller");
        }
    }

    private static Serving serve(Path data) throws InterruptedException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Thread thread = new Thread(() -> Main.run(new String[] {"serve", "--demo", "--port", "0", "--data", data.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true),
                folder -> folder.map(BuiltInRuleData::load).orElse(Cli.RULES), Cli.CLOCK), "serve-under-test");
        thread.start();
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            Matcher serving = SERVING.matcher(out.toString());
            if (serving.find()) {
                return new Serving(thread, out, Integer.parseInt(serving.group(1)));
            }
            assertThat(thread.isAlive()).as("serve stopped early: " + out + err).isTrue();
            Thread.sleep(50);
        }
        throw new AssertionError("serve did not start: " + out + err);
    }

    @Test
    void serve_starts_a_new_workspace_with_the_demo_practice_and_shows_each_first_users_password_once(@TempDir Path data)
            throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (Serving first = serve(data)) {
            Path file = data.resolve(FirstPasswords.FILE);
            assertThat(first.out().toString()).as("not a terminal: no password on standard output, which may be a log")
                    .contains("demo practice").containsPattern("admin +admin +password in \\S*first-passwords.txt")
                    .doesNotContainPattern("password [A-Za-z0-9]{20}");
            String written = Files.readString(file);
            assertThat(written).containsPattern("admin +admin +password \\S{20}")
                    .containsPattern("biller +biller +password \\S{20}").containsPattern("dana +therapist +password \\S{20}");
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Pattern.compile("password (\\S{20})").matcher(written).results().map(found -> found.group(1)).distinct()
                    .count()).as("each first user has a password of their own").isEqualTo(6);
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + first.port() + "/login"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> home = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + first.port() + "/"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> scrub = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + first.port()
                    + "/api/v1/scrub")).POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).contains("Sign in");
            assertThat(home.statusCode()).as("the app's front page asks a stranger to sign in").isEqualTo(302);
            assertThat(home.headers().firstValue("Location")).contains("/login?next=%2F");
            assertThat(scrub.statusCode()).as("the API needs a token").isEqualTo(401);
        }
        try (Serving again = serve(data)) {
            assertThat(again.out().toString()).as("passwords are shown once, at the first start").doesNotContain("password");
        }
    }
}

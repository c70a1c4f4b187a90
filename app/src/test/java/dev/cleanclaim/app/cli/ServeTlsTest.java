package dev.cleanclaim.app.cli;

import dev.cleanclaim.app.testing.SelfSignedCertificate;
import dev.cleanclaim.rules.BuiltInRuleData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** `cleanclaim serve` with its own certificate: HTTPS only, HSTS, Secure cookies; a file that cannot serve TLS stops it. */
class ServeTlsTest {

    private static final Pattern SERVING = Pattern.compile("serving https://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    static Path certificates;
    private static SelfSignedCertificate rsa;
    private static SelfSignedCertificate other;

    @BeforeAll
    static void makeCertificates() throws Exception {
        rsa = SelfSignedCertificate.make(certificates, "rsa", "RSA");
        other = SelfSignedCertificate.make(certificates, "other", "EC");
    }

    /** `cleanclaim serve` on a thread of its own; interrupting the thread stops it. */
    private record Serving(Thread thread, StringWriter out, int port) implements AutoCloseable {
        URI uri(String path) {
            return URI.create("https://127.0.0.1:" + port + path);
        }

        @Override
        public void close() throws InterruptedException {
            thread.interrupt();
            thread.join(10_000);
        }
    }

    @Test
    void serve_with_a_pem_certificate_answers_https_with_hsts_and_signs_in_with_a_secure_session_cookie(@TempDir Path data)
            throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(rsa.trustingIt()).connectTimeout(Duration.ofSeconds(10)).build();
        try (Serving serving = serve("serve", "--demo", "--port", "0", "--data", data.toString(),
                "--tls-cert", rsa.certificate().toString(), "--tls-key", rsa.pkcs8Key().toString())) {
            HttpResponse<String> form = client.send(HttpRequest.newBuilder(serving.uri("/login")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(form.statusCode()).isEqualTo(200);
            assertThat(form.headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000");
            String loginCookie = cookie(form, "cc_login");
            assertThat(loginCookie).contains("Secure", "HttpOnly", "SameSite=Strict");

            String token = loginCookie.replaceAll("^cc_login=([^;]*);.*$", "$1");
            String password = adminPassword(data);
            HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(serving.uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "cc_login=" + token)
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("_csrf", token, "next", "/", "username", "admin",
                            "password", password)))).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000");
            assertThat(cookie(signedIn, "cc_session")).contains("Secure", "HttpOnly", "SameSite=Strict");
            assertThat(serving.out().toString()).contains("serving https://127.0.0.1:" + serving.port() + "/");
        }
    }

    @Test
    void plain_http_to_the_tls_port_gets_no_answer(@TempDir Path data) throws Exception {
        try (Serving serving = serve("serve", "--port", "0", "--data", data.toString(),
                "--tls-cert", rsa.certificate().toString(), "--tls-key", rsa.traditionalKey().toString())) {
            HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

            assertThatThrownBy(() -> plain.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serving.port() + "/login"))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString()))
                    .as("the port speaks TLS alone: a plain request fails its handshake").isInstanceOf(IOException.class);
        }
    }

    @Test
    void a_missing_certificate_is_refused_at_start_naming_it(@TempDir Path data) {
        Path missing = certificates.resolve("no-such.crt");

        Cli.Run run = Cli.run("serve", "--data", data.toString(), "--tls-cert", missing.toString(), "--tls-key", rsa.pkcs8Key().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(missing.toString(), "no such file");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_certificate_file_that_is_not_pem_is_refused_at_start_naming_it(@TempDir Path data) throws Exception {
        Path der = Files.write(data.resolveSibling(data.getFileName() + "-cert.der"), rsa.x509().getEncoded());

        Cli.Run run = Cli.run("serve", "--data", data.toString(), "--tls-cert", der.toString(), "--tls-key", rsa.pkcs8Key().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(der.toString(), "not PEM");
    }

    @Test
    void a_key_file_that_holds_garbage_is_refused_at_start_naming_it(@TempDir Path folder) throws IOException {
        Path key = Files.writeString(folder.resolve("garbage.key"), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");

        Cli.Run run = Cli.run("serve", "--data", folder.resolve("data").toString(), "--tls-cert", rsa.certificate().toString(),
                "--tls-key", key.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(key.toString(), "not a valid RSA or EC private key");
        assertThat(folder.resolve("data")).as("nothing was started or made").doesNotExist();
    }

    @Test
    void a_key_that_does_not_belong_to_the_certificate_is_refused_at_start_naming_both(@TempDir Path data) {
        Cli.Run run = Cli.run("serve", "--data", data.toString(), "--tls-cert", rsa.certificate().toString(),
                "--tls-key", other.pkcs8Key().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(other.pkcs8Key().toString(), "does not belong to the certificate", rsa.certificate().toString());
    }

    @Test
    void a_certificate_without_its_key_is_a_usage_error(@TempDir Path data) {
        Cli.Run run = Cli.run("serve", "--data", data.toString(), "--tls-cert", rsa.certificate().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("--tls-cert needs --tls-key");
    }

    @Test
    void a_keystore_serves_https_with_the_password_from_the_environment_and_a_wrong_one_is_refused(@TempDir Path data)
            throws Exception {
        Process wrong = serveProcess(data, Map.of("CLEANCLAIM_TLS_KEYSTORE_PASSWORD", "not-the-password"),
                "--tls-keystore", rsa.keystore().toString());
        String refused = new String(wrong.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(wrong.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(wrong.exitValue()).as(refused).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused).contains(rsa.keystore().toString(), "wrong keystore password");

        Process right = serveProcess(data, Map.of("CLEANCLAIM_TLS_KEYSTORE_PASSWORD", rsa.password()),
                "--tls-keystore", rsa.keystore().toString());
        try {
            int port = awaitServing(right);
            HttpClient client = HttpClient.newBuilder().sslContext(rsa.trustingIt()).build();
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/login"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isIn(200, 302);
            assertThat(login.headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000");
        } finally {
            right.destroy();
            right.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Serving serve(String... args) throws InterruptedException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Thread thread = new Thread(() -> Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
                folder -> folder.map(BuiltInRuleData::load).orElse(Cli.RULES), Cli.CLOCK), "serve-tls-under-test");
        thread.start();
        Instant deadline = Instant.now().plusSeconds(120);
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

    /** serve as its own JVM, so the keystore's password comes from a real environment variable. */
    private static Process serveProcess(Path data, Map<String, String> environment, String... tls) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--port", "0", "--data", data.toString()));
        command.addAll(List.of(tls));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static int awaitServing(Process process) throws IOException {
        StringBuilder seen = new StringBuilder();
        var lines = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            seen.append(line).append('\n');
            Matcher serving = SERVING.matcher(line);
            if (serving.find()) {
                // keep draining its output, so a full pipe never blocks the server
                Thread drain = new Thread(() -> {
                    try {
                        process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
                    } catch (IOException ended) {
                        // the process ended
                    }
                }, "serve-output");
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(serving.group(1));
            }
        }
        throw new AssertionError("serve ended before it served: " + seen);
    }

    private static String adminPassword(Path data) throws IOException {
        Matcher admin = Pattern.compile("admin +admin +password (\\S+)").matcher(Files.readString(data.resolve(FirstPasswords.FILE)));
        assertThat(admin.find()).isTrue();
        return admin.group(1);
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith(name + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers().map()));
    }

    private static String form(Map<String, String> fields) {
        return String.join("&", fields.entrySet().stream().map(field -> field.getKey() + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).toList());
    }
}

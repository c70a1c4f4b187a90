package dev.cleanclaim.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tool run in process against a real server, briefly and with few requests: it counts and reports what it
 * sent. How fast anything was is measured by running the tool, never asserted here.
 */
class LoadToolTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static InProcessServer server;
    /** The biller's token, made once: each of their password sign-ins spends a second-factor code (one per 30 s). */
    private static String billersToken;

    @BeforeAll
    static void start() throws Exception {
        server = InProcessServer.start();
        billersToken = TokenRequest.token(java.net.http.HttpClient.newHttpClient(), server.url(), InProcessServer.USER,
                InProcessServer.PASSWORD, java.util.Optional.of(InProcessServer.code()), java.time.Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    private static Run load(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LoadTool.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /** Against the server started for this class, with its biller's token, without warm-up. */
    private static Run against(String... args) {
        List<String> all = new ArrayList<>(List.of("--url", server.url().toString(), "--token", billersToken, "--warmup", "0"));
        all.addAll(List.of(args));
        return load(all.toArray(String[]::new));
    }

    @Test
    void a_run_bounded_by_a_request_count_sends_exactly_that_many_in_the_mixs_proportions() throws Exception {
        Run run = against("--clients", "2", "--requests", "12", "--mix", "scrub=2,health=1", "--json");

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode summary = run.json();
        assertThat(summary.at("/total/requests").asLong()).isEqualTo(12);
        assertThat(summary.at("/kinds/0/kind").asText()).isEqualTo("scrub");
        assertThat(summary.at("/kinds/0/requests").asLong()).isEqualTo(8);
        assertThat(summary.at("/kinds/1/kind").asText()).isEqualTo("health");
        assertThat(summary.at("/kinds/1/requests").asLong()).isEqualTo(4);
        assertThat(summary.get("failed").asLong()).isZero();
        assertThat(run.err()).contains("OK: all 12 requests succeeded");
    }

    @Test
    void an_open_loop_run_of_one_second_sends_every_request_due_in_that_second() {
        Run run = against("--clients", "2", "--rate", "20", "--duration", "1", "--mix", "scrub");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 clients, open loop at 20 req/s, mix scrub=1")
                .containsPattern("(?m)^scrub\\s+20\\s")
                .contains("OK: all 20 requests succeeded");
    }

    @Test
    void refused_requests_are_counted_as_failures_by_status_and_fail_the_run() {
        Run run = load("--url", server.url().toString(), "--token", "cc_not-a-real-token", "--warmup", "0", "--requests", "4",
                "--mix", "scrub");

        assertThat(run.code()).isEqualTo(LoadTool.REQUESTS_FAILED);
        assertThat(run.out()).containsPattern("(?m)^scrub\\s+4\\s.*4 \\(401 x4\\)$")
                .contains("scrub 401, first answer:")
                .contains("FAILED: 4 of 4 requests failed");
    }

    @Test
    void without_a_url_the_tool_starts_its_own_server_and_signs_in_with_the_known_password() {
        Run run = load("--clients", "1", "--requests", "3", "--warmup", "0", "--mix", "scrub");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("in-process server at http://127.0.0.1:").contains("OK: all 3 requests succeeded");
    }

    @Test
    void a_biller_signs_in_with_password_and_the_code_their_app_shows() {
        // the token made for this class spent the code of its 30 seconds; the app's next one is accepted as well
        String next = dev.cleanclaim.app.security.Totp.code(InProcessServer.TOTP_SECRET,
                dev.cleanclaim.app.security.Totp.step(java.time.Instant.now()) + 1);
        Run run = load("--url", server.url().toString(), "--password", InProcessServer.PASSWORD, "--code", next,
                "--requests", "2", "--mix", "health", "--warmup", "0");

        assertThat(run.code()).as(run.err()).isZero();
    }

    @Test
    void a_wrong_password_stops_the_tool_before_any_load_saying_what_the_server_said() {
        Run run = load("--url", server.url().toString(), "--password", "wrong", "--requests", "1", "--warmup", "0");

        assertThat(run.code()).isEqualTo(LoadTool.CANNOT_RUN);
        assertThat(run.err()).contains("the server refused a token for biller (401)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_visit_file_that_cannot_be_read_stops_the_tool_naming_the_file() {
        Run run = against("--visit", "no-such-visit.json", "--requests", "1");

        assertThat(run.code()).isEqualTo(LoadTool.CANNOT_RUN);
        assertThat(run.err()).contains("load: cannot run: cannot read the visit no-such-visit.json");
    }

    @Test
    void a_bad_mix_is_a_usage_error_naming_the_kinds() {
        Run run = load("--mix", "scrub=1,visits=1");

        assertThat(run.code()).isEqualTo(LoadTool.CANNOT_RUN);
        assertThat(run.err()).contains("'visits' is not a request kind; the kinds are scrub, claims, health");
    }
}

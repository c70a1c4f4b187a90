package dev.cleanclaim.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The figures of a run and how the table and the JSON show them, from a tally made up here. */
class SummaryTest {

    private static final String NOT_FOUND = "{\"status\": 404,\n  \"detail\": \"GET /api/v1/claims is not part of the API\"}";

    /** Four scrubs answered in 1, 2, 3 and 4 ms and two claim lists refused with 404, over two seconds. */
    private static Summary sample() {
        Tally tally = new Tally();
        for (int ms = 1; ms <= 4; ms++) {
            tally.record(RequestKind.SCRUB, new Outcome.Answered(200), ms * 1_000_000L, "{}");
        }
        tally.record(RequestKind.CLAIMS, new Outcome.Answered(404), 500_000, NOT_FOUND);
        tally.record(RequestKind.CLAIMS, new Outcome.Answered(404), 700_000, "another body");
        return Summary.of("2 clients, closed loop, mix scrub=2,claims=1",
                new LoadRun.Result(tally, Duration.ofSeconds(2)), List.of(RequestKind.SCRUB, RequestKind.CLAIMS));
    }

    @Test
    void each_kind_and_the_total_get_their_count_rate_and_failures() {
        Summary summary = sample();

        Summary.Line scrub = summary.kinds().get(0);
        assertThat(scrub.count()).isEqualTo(4);
        assertThat(scrub.perSecond()).isEqualTo(2.0);
        assertThat(scrub.failures()).isEmpty();
        Summary.Line claims = summary.kinds().get(1);
        assertThat(claims.failures()).containsExactly(java.util.Map.entry("404", 2L));
        assertThat(claims.routeMissing()).isTrue();
        assertThat(summary.total().count()).isEqualTo(6);
        assertThat(summary.total().perSecond()).isEqualTo(3.0);
        assertThat(summary.failed()).isEqualTo(2);
    }

    @Test
    void latencies_are_percentiles_in_milliseconds_to_three_significant_digits() {
        Summary.Latency scrub = sample().kinds().get(0).latency();

        assertThat(scrub.p50()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.005));
        assertThat(scrub.p99()).isCloseTo(4.0, org.assertj.core.data.Offset.offset(0.005));
        assertThat(scrub.max()).isCloseTo(4.0, org.assertj.core.data.Offset.offset(0.005));
    }

    @Test
    void the_table_has_a_row_per_kind_and_a_total_then_the_failures_in_the_servers_words_and_a_verdict() {
        String text = SummaryText.format(sample());

        assertThat(text.lines().toList()).containsExactly(
                "cleanclaim load: 2 clients, closed loop, mix scrub=2,claims=1; measured 2.0 s",
                "kind      requests     req/s    p50 ms    p90 ms    p99 ms  p99.9 ms    max ms  failed",
                "scrub            4         2      2.00      4.00      4.00      4.00      4.00  0",
                "claims           2         1      0.50      0.70      0.70      0.70      0.70  2 (404 x2)",
                "total            6         3      1.00      4.00      4.00      4.00      4.00  2 (404 x2)",
                "",
                "claims: every request got 404: this server has no GET /api/v1/claims",
                "claims 404, first answer: {\"status\": 404, \"detail\": \"GET /api/v1/claims is not part of the API\"}",
                "",
                "FAILED: 2 of 6 requests failed");
    }

    @Test
    void a_run_without_failures_ends_with_ok_and_a_single_kind_needs_no_total() {
        Tally tally = new Tally();
        tally.record(RequestKind.HEALTH, new Outcome.Answered(200), 250_000, "{}");
        Summary summary = Summary.of("1 clients", new LoadRun.Result(tally, Duration.ofMillis(400)), List.of(RequestKind.HEALTH));

        assertThat(SummaryText.format(summary).lines().toList()).containsExactly(
                "cleanclaim load: 1 clients; measured 0.4 s",
                "kind      requests     req/s    p50 ms    p90 ms    p99 ms  p99.9 ms    max ms  failed",
                "health           1       2.5      0.25      0.25      0.25      0.25      0.25  0",
                "",
                "OK: all 1 requests succeeded");
    }

    @Test
    void a_request_without_an_answer_fails_under_its_exception_name() {
        Tally tally = new Tally();
        tally.record(RequestKind.SCRUB, new Outcome.Failed("ConnectException"), 1_000, "Connection refused");
        Summary summary = Summary.of("x", new LoadRun.Result(tally, Duration.ofSeconds(1)), List.of(RequestKind.SCRUB));

        assertThat(summary.total().failures()).containsExactly(java.util.Map.entry("ConnectException", 1L));
        assertThat(SummaryText.format(summary)).contains("scrub ConnectException, first answer: Connection refused");
    }

    @Test
    void the_json_summary_carries_the_same_figures() throws Exception {
        JsonNode json = new ObjectMapper().readTree(SummaryJson.format(sample()));

        assertThat(json.get("failed").asLong()).isEqualTo(2);
        assertThat(json.get("seconds").asDouble()).isEqualTo(2.0);
        JsonNode claims = json.get("kinds").get(1);
        assertThat(claims.get("kind").asText()).isEqualTo("claims");
        assertThat(claims.get("route").asText()).isEqualTo("GET /api/v1/claims");
        assertThat(claims.get("requests").asLong()).isEqualTo(2);
        assertThat(claims.at("/failures/404").asLong()).isEqualTo(2);
        assertThat(claims.at("/firstAnswers/404").asText()).contains("not part of the API");
        assertThat(json.at("/total/requests").asLong()).isEqualTo(6);
        assertThat(json.at("/total/perSecond").asDouble()).isEqualTo(3.0);
        assertThat(json.at("/kinds/0/latencyMs/p50").asDouble()).isBetween(1.995, 2.005);
        assertThat(json.at("/kinds/0/latencyMs").fieldNames()).toIterable().containsExactly("p50", "p90", "p99", "p99.9", "max");
    }
}

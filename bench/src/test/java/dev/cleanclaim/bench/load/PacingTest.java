package dev.cleanclaim.bench.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PacingTest {

    private static final long START = 5_000_000_000L;

    @Test
    void an_open_loop_spaces_requests_evenly_from_the_start() {
        Pacing pacing = new Pacing.OpenLoop(500);

        assertThat(pacing.intendedNanos(START, 0, 0)).isEqualTo(START);
        assertThat(pacing.intendedNanos(START, 1, 0)).isEqualTo(START + 2_000_000);
        assertThat(pacing.intendedNanos(START, 250, 0)).isEqualTo(START + 500_000_000);
    }

    @Test
    void an_open_loop_due_time_does_not_depend_on_when_the_client_asks() {
        Pacing pacing = new Pacing.OpenLoop(500);

        assertThat(pacing.intendedNanos(START, 7, START + 999_000_000))
                .isEqualTo(pacing.intendedNanos(START, 7, START));
    }

    @Test
    void an_open_loop_at_an_awkward_rate_does_not_drift_over_a_long_run() {
        Pacing pacing = new Pacing.OpenLoop(3);

        // A third of a second rounded once per request would be 3 million nanoseconds off after 3 million requests.
        assertThat(pacing.intendedNanos(START, 3_000_000, 0)).isEqualTo(START + 1_000_000_000_000_000L);
        assertThat(pacing.intendedNanos(START, 1, 0)).isEqualTo(START + 333_333_333);
        assertThat(pacing.intendedNanos(START, 2, 0)).isEqualTo(START + 666_666_667);
    }

    @Test
    void a_closed_loop_request_is_due_whenever_a_client_is_free() {
        Pacing pacing = new Pacing.ClosedLoop();

        assertThat(pacing.intendedNanos(START, 42, START + 123)).isEqualTo(START + 123);
    }

    @Test
    void an_open_loop_needs_a_positive_finite_rate() {
        for (double rate : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> new Pacing.OpenLoop(rate)).as("rate " + rate)
                    .hasMessageStartingWith("the rate must be a positive number");
        }
    }

    @Test
    void each_pacing_describes_itself_for_the_summary() {
        assertThat(new Pacing.ClosedLoop().describe()).isEqualTo("closed loop");
        assertThat(new Pacing.OpenLoop(500).describe()).isEqualTo("open loop at 500 req/s");
        assertThat(new Pacing.OpenLoop(12.5).describe()).isEqualTo("open loop at 12.5 req/s");
    }
}

package dev.cleanclaim.bench.load;

import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The figures of a run, per kind of request and in total: what the text table and the JSON summary both show.
 *
 * @param setup how the load was made, e.g. "8 clients, closed loop, mix scrub=3,claims=1"
 */
record Summary(String setup, Duration elapsed, List<Line> kinds, Line total) {

    /**
     * @param failures failing outcomes (status code or exception) with their counts
     * @param samples  the first answer of each failing outcome, shortened
     */
    record Line(String name, String route, long count, SortedMap<String, Long> failures, SortedMap<String, String> samples,
                double perSecond, Latency latency) {

        long failed() {
            return failures.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Every request failed with 404: the server does not serve this route at all. */
        boolean routeMissing() {
            return count > 0 && failures.getOrDefault("404", 0L) == count;
        }
    }

    /** Milliseconds. */
    record Latency(double p50, double p90, double p99, double p999, double max) {

        static Latency of(Histogram nanos) {
            return new Latency(ms(nanos.getValueAtPercentile(50)), ms(nanos.getValueAtPercentile(90)),
                    ms(nanos.getValueAtPercentile(99)), ms(nanos.getValueAtPercentile(99.9)), ms(nanos.getMaxValue()));
        }

        private static double ms(long nanos) {
            return nanos / 1e6;
        }
    }

    static Summary of(String setup, LoadRun.Result result, List<RequestKind> kinds) {
        List<Line> lines = new ArrayList<>();
        KindTally all = new KindTally();
        for (RequestKind kind : kinds) {
            KindTally tally = result.tally().of(kind);
            lines.add(line(kind.label(), kind.route(), tally, result.elapsed()));
            all.add(tally);
        }
        return new Summary(setup, result.elapsed(), lines, line("total", "", all, result.elapsed()));
    }

    long failed() {
        return total.failed();
    }

    private static Line line(String name, String route, KindTally tally, Duration elapsed) {
        long count = tally.latencies().getTotalCount();
        SortedMap<String, Long> failures = new TreeMap<>();
        tally.outcomes().forEach((outcome, times) -> {
            if (!outcome.ok()) {
                failures.merge(outcome.label(), times, Long::sum);
            }
        });
        double seconds = elapsed.toNanos() / 1e9;
        return new Line(name, route, count, failures, new TreeMap<>(tally.failureSamples()),
                seconds > 0 ? count / seconds : 0, Latency.of(tally.latencies()));
    }
}

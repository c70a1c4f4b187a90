package dev.cleanclaim.bench.load;

import org.HdrHistogram.Histogram;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one client saw of one kind of request: every latency in nanoseconds, how often each outcome came, and the
 * first answer of each failing outcome (so a 404 can say why). Owned by one thread until the run ends and merges.
 */
final class KindTally {

    /** A failure's answer kept this long at most: enough for a problem document's title and detail. */
    static final int SAMPLE_CHARS = 300;

    // Three significant digits (1 µs at 1 ms, 1 ms at 1 s) and growing as needed, so no latency is ever refused.
    private final Histogram latencies = new Histogram(3);
    private final Map<Outcome, Long> outcomes = new HashMap<>();
    private final Map<String, String> failureSamples = new TreeMap<>();

    void record(Outcome outcome, long latencyNanos, String answer) {
        latencies.recordValue(Math.max(0, latencyNanos));
        outcomes.merge(outcome, 1L, Long::sum);
        if (!outcome.ok() && answer != null) {
            failureSamples.putIfAbsent(outcome.label(), shortened(answer));
        }
    }

    void add(KindTally other) {
        latencies.add(other.latencies);
        other.outcomes.forEach((outcome, count) -> outcomes.merge(outcome, count, Long::sum));
        other.failureSamples.forEach(failureSamples::putIfAbsent);
    }

    Histogram latencies() {
        return latencies;
    }

    Map<Outcome, Long> outcomes() {
        return outcomes;
    }

    Map<String, String> failureSamples() {
        return failureSamples;
    }

    private static String shortened(String answer) {
        String oneLine = answer.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= SAMPLE_CHARS ? oneLine : oneLine.substring(0, SAMPLE_CHARS) + "...";
    }
}

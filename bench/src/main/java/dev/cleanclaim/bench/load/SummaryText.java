package dev.cleanclaim.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The summary as a table for a person: per kind and in total, the count, throughput, latency percentiles in
 * milliseconds and failures by status; then what the failures said, and a verdict line a script can grep.
 */
final class SummaryText {

    private static final String ROW = "%-8s %9s %9s %9s %9s %9s %9s %9s  %s";

    private SummaryText() {
    }

    static String format(Summary summary) {
        List<String> lines = new ArrayList<>();
        lines.add("cleanclaim load: " + summary.setup() + "; measured "
                + String.format(Locale.ROOT, "%.1f", summary.elapsed().toNanos() / 1e9) + " s");
        lines.add(row("kind", "requests", "req/s", "p50 ms", "p90 ms", "p99 ms", "p99.9 ms", "max ms", "failed"));
        summary.kinds().forEach(line -> lines.add(row(line)));
        if (summary.kinds().size() > 1) {
            lines.add(row(summary.total()));
        }
        List<String> notes = notes(summary);
        if (!notes.isEmpty()) {
            lines.add("");
            lines.addAll(notes);
        }
        lines.add("");
        long failed = summary.failed();
        long count = summary.total().count();
        lines.add(failed == 0
                ? "OK: all " + count + " requests succeeded"
                : "FAILED: " + failed + " of " + count + " requests failed");
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }

    private static String row(Summary.Line line) {
        Summary.Latency latency = line.latency();
        String failed = line.failed() == 0 ? "0" : line.failed() + " (" + LoadFormat.failures(line.failures()) + ")";
        return row(line.name(), String.valueOf(line.count()), LoadFormat.number(Math.round(line.perSecond() * 10) / 10.0),
                LoadFormat.millis(latency.p50()), LoadFormat.millis(latency.p90()), LoadFormat.millis(latency.p99()),
                LoadFormat.millis(latency.p999()), LoadFormat.millis(latency.max()), failed);
    }

    private static String row(String... cells) {
        return String.format(Locale.ROOT, ROW, (Object[]) cells).stripTrailing();
    }

    // Why requests failed, in the server's words: a 404 on every request means the route is not there at all.
    private static List<String> notes(Summary summary) {
        List<String> notes = new ArrayList<>();
        for (Summary.Line line : summary.kinds()) {
            if (line.routeMissing()) {
                notes.add(line.name() + ": every request got 404: this server has no " + line.route());
            }
            line.samples().forEach((label, sample) ->
                    notes.add(line.name() + " " + label + ", first answer: " + sample));
        }
        return notes;
    }
}

package dev.cleanclaim.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The summary for a script or a CI chart: the same figures as the table, milliseconds as numbers.
 *
 * <pre>{"setup": "...", "seconds": 30.0, "failed": 0, "kinds": [{"kind": "scrub", "route": "POST /api/v1/scrub",
 * "requests": 12000, "perSecond": 400.0, "failed": 0, "failures": {"404": 3}, "firstAnswers": {"404": "..."},
 * "latencyMs": {"p50": 3.2, "p90": 5.1, "p99": 12.4, "p99.9": 30.1, "max": 45.2}}], "total": {...}}</pre>
 */
final class SummaryJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SummaryJson() {
    }

    static String format(Summary summary) {
        ObjectNode root = JSON.createObjectNode();
        root.put("setup", summary.setup());
        root.put("seconds", summary.elapsed().toNanos() / 1e9);
        root.put("failed", summary.failed());
        var kinds = root.putArray("kinds");
        summary.kinds().forEach(line -> kinds.add(line(line)));
        root.set("total", line(summary.total()));
        return root.toPrettyString();
    }

    private static ObjectNode line(Summary.Line line) {
        ObjectNode node = JSON.createObjectNode();
        node.put("kind", line.name());
        if (!line.route().isEmpty()) {
            node.put("route", line.route());
        }
        node.put("requests", line.count());
        node.put("perSecond", line.perSecond());
        node.put("failed", line.failed());
        ObjectNode failures = node.putObject("failures");
        line.failures().forEach(failures::put);
        ObjectNode samples = node.putObject("firstAnswers");
        line.samples().forEach(samples::put);
        Summary.Latency latency = line.latency();
        node.putObject("latencyMs").put("p50", latency.p50()).put("p90", latency.p90()).put("p99", latency.p99())
                .put("p99.9", latency.p999()).put("max", latency.max());
        return node;
    }
}

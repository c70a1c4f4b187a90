package dev.cleanclaim.bench.load;

import java.util.EnumMap;
import java.util.Map;

/** What one client (or, merged, the whole run) saw, per kind of request. */
final class Tally {

    private final Map<RequestKind, KindTally> kinds = new EnumMap<>(RequestKind.class);

    void record(RequestKind kind, Outcome outcome, long latencyNanos, String answer) {
        of(kind).record(outcome, latencyNanos, answer);
    }

    void add(Tally other) {
        other.kinds.forEach((kind, tally) -> of(kind).add(tally));
    }

    KindTally of(RequestKind kind) {
        return kinds.computeIfAbsent(kind, ignored -> new KindTally());
    }
}

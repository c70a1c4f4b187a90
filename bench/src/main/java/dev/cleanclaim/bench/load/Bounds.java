package dev.cleanclaim.bench.load;

import java.time.Duration;

/**
 * When a run stops: after {@code maxRequests} requests or once {@code duration} has passed, whichever comes first.
 * No request starts after either bound; those in flight are still answered and counted.
 */
record Bounds(long maxRequests, Duration duration) {

    static final long UNLIMITED = Long.MAX_VALUE;

    Bounds {
        if (maxRequests < 1) {
            throw new IllegalArgumentException("at least one request, got " + maxRequests);
        }
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a run cannot last " + duration);
        }
    }

    static Bounds forTime(Duration duration) {
        return new Bounds(UNLIMITED, duration);
    }
}

package dev.cleanclaim.bench.load;

/**
 * How clients decide when to send. Closed loop: each client sends its next request as soon as the last one is
 * answered, so a slow server is offered less load and its stalls hide (coordinated omission). Open loop: request n
 * is due at a fixed time on a schedule, whether or not earlier ones are answered, and its latency counts from that
 * due time, so a stall shows up in every request that had to wait behind it, as a real user's would.
 */
sealed interface Pacing {

    /**
     * When request number {@code sequence} is meant to leave, in {@link System#nanoTime()} terms: its latency counts
     * from then, and a client waits until then before sending it.
     *
     * @param nowNanos the time the client asks, free to send
     */
    long intendedNanos(long startNanos, long sequence, long nowNanos);

    String describe();

    /** Back to back: a request is due as soon as a client is free, and latency counts from the actual send. */
    record ClosedLoop() implements Pacing {
        @Override
        public long intendedNanos(long startNanos, long sequence, long nowNanos) {
            return nowNanos;
        }

        @Override
        public String describe() {
            return "closed loop";
        }
    }

    /**
     * {@code rate} requests a second in all, evenly spaced. Each due time is computed from the start rather than
     * added to the previous one, so rounding never drifts the schedule.
     */
    record OpenLoop(double rate) implements Pacing {
        public OpenLoop {
            if (!(rate > 0) || Double.isInfinite(rate)) {
                throw new IllegalArgumentException("the rate must be a positive number of requests a second, got " + rate);
            }
        }

        @Override
        public long intendedNanos(long startNanos, long sequence, long nowNanos) {
            return startNanos + Math.round(sequence * 1e9 / rate);
        }

        @Override
        public String describe() {
            return "open loop at " + LoadFormat.number(rate) + " req/s";
        }
    }
}

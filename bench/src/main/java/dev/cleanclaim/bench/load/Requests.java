package dev.cleanclaim.bench.load;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The requests of a run, built once: an HttpRequest is immutable, so the clients reuse them and spend no time
 * building requests while measuring. Scrub requests go through the visits in turn.
 */
final class Requests {

    private final List<HttpRequest> scrubs;
    private final HttpRequest claims;
    private final HttpRequest health;
    private final AtomicLong nextScrub = new AtomicLong();

    /**
     * @param claimsQuery the claim list's query string without "?", e.g. {@code limit=50}; empty for none
     */
    Requests(URI server, String token, List<String> visits, String claimsQuery, Duration timeout) {
        if (visits.isEmpty()) {
            throw new IllegalArgumentException("scrub needs at least one visit to send");
        }
        this.scrubs = visits.stream().map(visit -> authorized(server, RequestKind.SCRUB.path(), token, timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(visit)).build()).toList();
        String query = claimsQuery.isBlank() ? "" : "?" + claimsQuery;
        this.claims = authorized(server, RequestKind.CLAIMS.path() + query, token, timeout).GET().build();
        this.health = HttpRequest.newBuilder(server.resolve(RequestKind.HEALTH.path())).timeout(timeout).GET().build();
    }

    HttpRequest of(RequestKind kind) {
        return switch (kind) {
            case SCRUB -> scrubs.get((int) (nextScrub.getAndIncrement() % scrubs.size()));
            case CLAIMS -> claims;
            case HEALTH -> health;
        };
    }

    private static HttpRequest.Builder authorized(URI server, String path, String token, Duration timeout) {
        return HttpRequest.newBuilder(server.resolve(path)).timeout(timeout)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }
}

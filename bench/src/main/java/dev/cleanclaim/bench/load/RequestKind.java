package dev.cleanclaim.bench.load;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What one request of the load asks the server for; the name is how a mix spells it. */
enum RequestKind {
    /** One of the example visits scrubbed: parsing, coding, units and every rule; nothing stored. */
    SCRUB("POST", "/api/v1/scrub"),
    /** The claim list: a database read per request. */
    CLAIMS("GET", "/api/v1/claims"),
    /** No token check and no work, so it shows what the HTTP stack alone costs. */
    HEALTH("GET", "/api/v1/health");

    private final String method;
    private final String path;

    RequestKind(String method, String path) {
        this.method = method;
        this.path = path;
    }

    String path() {
        return path;
    }

    /** As the server's routes name it, e.g. "POST /api/v1/scrub". */
    String route() {
        return method + " " + path;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<RequestKind> named(String label) {
        return Arrays.stream(values()).filter(kind -> kind.label().equals(label.trim().toLowerCase(Locale.ROOT))).findFirst();
    }

    static String labels() {
        return Arrays.stream(values()).map(RequestKind::label).collect(Collectors.joining(", "));
    }
}

package dev.cleanclaim.store.testing;

import org.junit.jupiter.api.Assumptions;

/**
 * The rule for tests that need a real part (PostgreSQL, Chromium) the machine may lack: on a developer's machine the
 * tests skip and say why; when CI=true they fail, since CI installs every part and a skip there would hide a gap.
 */
public final class RequiredPart {

    private RequiredPart() {
    }

    /** Skips the tests with the reason, or under CI=true fails them; returns only by throwing. */
    public static RuntimeException missing(String reason, Throwable cause) {
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(reason + " (CI=true: these tests must run)", cause);
        }
        Assumptions.abort(reason);
        throw new AssertionError("unreachable: the tests were aborted");
    }
}

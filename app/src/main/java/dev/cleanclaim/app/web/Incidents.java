package dev.cleanclaim.app.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;

/**
 * Logs a server failure so it can be found and fixed, without patient data: the exception's type and where it was
 * thrown, never its message (messages can quote input) nor the request.
 */
final class Incidents {

    private static final Logger LOG = LoggerFactory.getLogger(Incidents.class);

    private Incidents() {
    }

    /** Logs the failure under a new incident id and returns the id, for the person who saw it to report. */
    static String log(Throwable failure) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder trace = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            trace.append(cause == failure ? "" : "\n  caused by ").append(cause.getClass().getName());
            StackTraceElement[] frames = cause.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, 12); i++) {
                trace.append("\n    at ").append(frames[i]);
            }
        }
        LOG.error("incident {}: {}", id, trace);
        return id;
    }
}

package dev.cleanclaim.store;

import org.jdbi.v3.core.JdbiException;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * Guards between values and columns. The app validates lengths before it writes; a value that still does not fit
 * is refused here naming its field, never truncated and never left to surface as an SQL error.
 */
final class Columns {

    /** SQLSTATE of a unique-constraint violation, the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private Columns() {
    }

    static String fit(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new ValueTooLong(field, max);
        }
        return value;
    }

    static String fit(String field, Optional<String> value, int max) {
        return fit(field, value.orElse(null), max);
    }

    /**
     * Whether a write failed on the named unique constraint: another writer saved the same key between our check
     * and our insert. Both databases name the constraint in the message (H2 in capitals).
     */
    static boolean violates(JdbiException failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains(constraint);
            }
        }
        return false;
    }
}

package dev.cleanclaim.store;

import java.sql.SQLException;
import java.util.Optional;

/**
 * What a database refused, read from the SQLSTATE class of the failure (the same on H2 and PostgreSQL), for the
 * last line of defence of the API and the CLI: readers check every value before it is written, but should one still
 * not fit, the person sees a clear refusal instead of an internal error, and never the SQL or the values bound to it.
 */
public enum DatabaseRefusal {

    /** Class 22, data exception: a value too long for its column, a number out of range. */
    VALUE_DOES_NOT_FIT("a value is too long or out of range for the record it goes into; shorten it and try again"),
    /** Class 23, integrity constraint: a unique value taken meanwhile, a record referred to that is gone. */
    CLASHES_WITH_STORED("the change clashes with what is stored (a value that must be unique is taken, or a record it"
            + " refers to changed meanwhile); reload and try again");

    private final String sentence;

    DatabaseRefusal(String sentence) {
        this.sentence = sentence;
    }

    /** Says what was refused, without the SQL or any value. */
    public String sentence() {
        return sentence;
    }

    /** The refusal the failure is, if any of its causes is an SQL data or integrity error. */
    public static Optional<DatabaseRefusal> of(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                if (sql.getSQLState().startsWith("22")) {
                    return Optional.of(VALUE_DOES_NOT_FIT);
                }
                if (sql.getSQLState().startsWith("23")) {
                    return Optional.of(CLASHES_WITH_STORED);
                }
            }
        }
        return Optional.empty();
    }
}

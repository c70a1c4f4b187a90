package dev.cleanclaim.app.cli;

import java.sql.SQLException;

/**
 * A failure that came out of the database. Its messages (JDBI's and the driver's) quote the SQL and the arguments
 * bound to it, which are patient data; what the CLI says of it is only what kind of failure it was.
 */
final class DatabaseFailure {

    private DatabaseFailure() {
    }

    static boolean isOne(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // JDBI's exceptions are known by their package: the CLI does not use JDBI itself.
            if (cause instanceof SQLException || cause.getClass().getName().startsWith("org.jdbi.")) {
                return true;
            }
        }
        return false;
    }

    /** "the workspace database refused the change (SQL state 22001, a value too long for its column)": no SQL, no values. */
    static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return "the workspace database refused the operation (SQL state " + sql.getSQLState() + meaning(sql.getSQLState())
                        + "); nothing of it was kept";
            }
        }
        return "the workspace database failed; nothing of the operation was kept";
    }

    private static String meaning(String state) {
        return switch (state.length() >= 2 ? state.substring(0, 2) : state) {
            case "22" -> ", a value that does not fit its column";
            case "23" -> ", a value that breaks a rule of the data (a duplicate or a missing reference)";
            case "08" -> ", the connection to the database failed";
            case "40" -> ", a conflict with another change made at the same time";
            case "53", "54" -> ", the database ran out of a resource";
            default -> "";
        };
    }
}

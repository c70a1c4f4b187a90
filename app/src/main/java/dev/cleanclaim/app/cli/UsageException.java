package dev.cleanclaim.app.cli;

/**
 * A command line that cannot be used as given, such as an option naming a file where a folder belongs. Its message
 * names the option and value, and is all the user sees (exit code 2), never a stack trace.
 */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}

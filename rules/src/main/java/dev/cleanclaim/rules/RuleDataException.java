package dev.cleanclaim.rules;

/** Rule data that cannot be read: says which file, which line when known, and what is wrong. */
public final class RuleDataException extends RuntimeException {

    public RuleDataException(String location, String problem) {
        super(location + ": " + problem);
    }

    public RuleDataException(String location, String problem, Throwable cause) {
        super(location + ": " + problem, cause);
    }
}

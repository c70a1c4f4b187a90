package dev.cleanclaim.store;

/**
 * A write refused because another record already holds a value that must be unique (a patient's account number, a
 * provider's NPI): usually two people saving the same value at once, after each checked it was free. The message
 * names the field, never the SQL.
 */
public final class ValueTaken extends RuntimeException {

    private final String field;

    public ValueTaken(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field the value belongs to, as the caller named it, e.g. "accountNumber". */
    public String field() {
        return field;
    }
}

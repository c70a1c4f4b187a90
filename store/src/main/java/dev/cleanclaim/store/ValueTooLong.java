package dev.cleanclaim.store;

/**
 * A value longer than the column that keeps it, refused before the write (see {@link Columns#fit}), never truncated.
 * Readers check widths first; this names the field when one was missed.
 */
public final class ValueTooLong extends IllegalArgumentException {

    private final String field;

    public ValueTooLong(String field, int max) {
        super(field + " is longer than " + max + " characters");
        this.field = field;
    }

    public String field() {
        return field;
    }
}

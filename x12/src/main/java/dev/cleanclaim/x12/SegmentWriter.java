package dev.cleanclaim.x12;

import java.nio.charset.StandardCharsets;

/**
 * Writes whole segments as text and counts them for SE01. An element is a String (empty or null: left empty) or a
 * String[] of components; trailing empty elements and components are dropped, as X12 wants. Each segment ends with
 * the terminator and a line break, so a person can read the file.
 *
 * <p>Plain text rather than a validating stream writer: the finished interchange is read back whole through
 * {@link Claim837Validator} before anyone gets it, and a claim's own copy is the same segments under one envelope,
 * so checking each element twice (as it is written, then as it is read) was a third of what sending a batch cost.
 * What this writer does guard is the one thing a read-back can miss: a value holding a delimiter would shift every
 * element after it and could still parse, so it is refused here, naming the segment and element.
 */
final class SegmentWriter {

    static final char ELEMENT = '*';
    static final char COMPONENT = ':';
    static final char REPETITION = '^';
    static final char TERMINATOR = '~';

    private final StringBuilder text = new StringBuilder(4096);
    private int segmentsInTransaction;

    void segment(String tag, Object... elements) {
        int last = withoutTrailingEmpties(elements);
        text.append(tag);
        for (int i = 0; i < last; i++) {
            text.append(ELEMENT);
            element(tag, i + 1, elements[i]);
        }
        text.append(TERMINATOR).append('\n');
        segmentsInTransaction++;
    }

    /**
     * ISA, whose sixteen elements are fixed width and whose ISA11 and ISA16 are the repetition and component
     * separators themselves: written as given.
     */
    void interchangeHeader(String... elements) {
        text.append("ISA");
        for (String element : elements) {
            text.append(ELEMENT).append(element);
        }
        text.append(TERMINATOR).append('\n');
    }

    /** Starts counting at ST; SE01 counts ST and SE themselves. */
    void startTransaction() {
        segmentsInTransaction = 0;
    }

    int segmentsInTransaction() {
        return segmentsInTransaction;
    }

    byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private void element(String tag, int position, Object value) {
        if (value instanceof String[] components) {
            int last = withoutTrailingEmpties(components);
            for (int i = 0; i < last; i++) {
                if (i > 0) {
                    text.append(COMPONENT);
                }
                if (!isEmpty(components[i])) {
                    append(tag, position, components[i]);
                }
            }
        } else if (!isEmpty(value)) {
            append(tag, position, (String) value);
        }
    }

    private void append(String tag, int position, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E || c == ELEMENT || c == COMPONENT || c == REPETITION || c == TERMINATOR) {
                throw new IllegalArgumentException(String.format("%s%02d: \"%s\" holds '%s', which an 837P element"
                        + " cannot carry", tag, position, value, c < 0x20 ? "\\u%04x".formatted((int) c) : c));
            }
        }
        text.append(value);
    }

    /** How many values to write: X12 drops trailing empty elements and components. */
    private static int withoutTrailingEmpties(Object[] values) {
        int last = values.length;
        while (last > 0 && isEmpty(values[last - 1])) {
            last--;
        }
        return last;
    }

    private static boolean isEmpty(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof String[] components) {
            for (String component : components) {
                if (!isEmpty(component)) {
                    return false;
                }
            }
            return true;
        }
        return ((String) value).isEmpty();
    }
}

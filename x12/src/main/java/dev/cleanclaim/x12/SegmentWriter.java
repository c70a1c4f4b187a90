package dev.cleanclaim.x12;

import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;

import java.io.UncheckedIOException;
import java.io.IOException;

/**
 * Writes whole segments through StAEDI and counts them for SE01. An element is a String (empty or null: left
 * empty) or a String[] of components; trailing empty elements and components are dropped, as X12 wants.
 */
final class SegmentWriter {

    private final EDIStreamWriter writer;
    private int segmentsInTransaction;

    SegmentWriter(EDIStreamWriter writer) {
        this.writer = writer;
    }

    void segment(String tag, Object... elements) {
        int last = withoutTrailingEmpties(elements);
        try {
            writer.writeStartSegment(tag);
            for (int i = 0; i < last; i++) {
                element(elements[i]);
            }
            writer.writeEndSegment();
        } catch (EDIStreamException e) {
            throw new UncheckedIOException(new IOException("writing " + tag + ": " + e.getMessage(), e));
        }
        segmentsInTransaction++;
    }

    /** Starts counting at ST; SE01 counts ST and SE themselves. */
    void startTransaction() {
        segmentsInTransaction = 0;
    }

    int segmentsInTransaction() {
        return segmentsInTransaction;
    }

    private void element(Object value) throws EDIStreamException {
        if (value instanceof String[] components) {
            int last = withoutTrailingEmpties(components);
            writer.writeStartElement();
            for (int i = 0; i < last; i++) {
                if (isEmpty(components[i])) {
                    writer.writeEmptyComponent();
                } else {
                    writer.writeComponent(components[i]);
                }
            }
            writer.endElement();
        } else if (isEmpty(value)) {
            writer.writeEmptyElement();
        } else {
            writer.writeElement((String) value);
        }
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

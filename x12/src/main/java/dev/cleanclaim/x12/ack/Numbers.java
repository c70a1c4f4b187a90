package dev.cleanclaim.x12.ack;

import dev.cleanclaim.x12.read.Segment;

import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Whole numbers in acknowledgment segments (positions, counts): X12's N0 type, digits only. */
final class Numbers {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");

    private Numbers() {
    }

    static int required(Segment segment, int element, String what) {
        String value = segment.required(element, what + " is missing");
        return parse(segment, element, value);
    }

    /** A component of a composite, e.g. IK401-2; empty when absent. */
    static OptionalInt optionalComponent(Segment segment, int element, int component) {
        String value = segment.component(element, component);
        return value.isEmpty() ? OptionalInt.empty() : OptionalInt.of(parse(segment, element, value));
    }

    static int parse(Segment segment, int element, String value) {
        if (!DIGITS.matcher(value).matches()) {
            throw segment.problem(element, "not a whole number: \"" + value + "\"");
        }
        return Integer.parseInt(value);
    }
}

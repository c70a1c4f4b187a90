package dev.cleanclaim.core.ack;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One IK4 loop: an element of the segment in error.
 *
 * @param position    IK401-1, the element's position in the segment (NM109 is 9)
 * @param component   IK401-2, the component's position when the element is a composite (SV101-2 is 2)
 * @param dataElement IK402, the X12 data element reference number (e.g. 67 for an identification code)
 * @param code        IK403, the element syntax error code
 * @param words       the IK403 code in words
 * @param badValue    IK404, a copy of the value the receiver refused, when it sent one back
 */
public record ElementError(int position, OptionalInt component, Optional<String> dataElement, String code,
                          String words, Optional<String> badValue) {

    /** E.g. {@code element 9: invalid code value "123"}, or {@code element 1-2: ...} for a component. */
    public String sentence() {
        String where = "element " + position + (component.isPresent() ? "-" + component.getAsInt() : "");
        return where + ": " + lowerFirst(words) + badValue.map(value -> " \"" + value + "\"").orElse("");
    }

    /** Code lists write words as a heading ("Invalid code value"); a sentence continues them in lower case. */
    static String lowerFirst(String words) {
        if (words.length() > 1 && Character.isUpperCase(words.charAt(0)) && !Character.isUpperCase(words.charAt(1))) {
            return words.substring(0, 1).toLowerCase(Locale.ROOT) + words.substring(1);
        }
        return words;
    }
}

package dev.cleanclaim.x12.read;

import io.xlate.edi.stream.EDIStreamValidationError;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * StAEDI's findings in a biller's words. StAEDI names a fault by an enum constant or an "EDIE003 ... offset 106"
 * message; what reaches a biller (the CLI, the upload page, the API) says what is wrong instead.
 */
public final class X12Words {

    private static final Map<EDIStreamValidationError, String> ERRORS = Map.ofEntries(
            Map.entry(EDIStreamValidationError.UNRECOGNIZED_SEGMENT_ID, "not a segment X12 knows"),
            Map.entry(EDIStreamValidationError.UNEXPECTED_SEGMENT, "a segment that does not belong here"),
            Map.entry(EDIStreamValidationError.MANDATORY_SEGMENT_MISSING, "a required segment is missing before it"),
            Map.entry(EDIStreamValidationError.SEGMENT_NOT_IN_PROPER_SEQUENCE, "a segment out of its order"),
            Map.entry(EDIStreamValidationError.SEGMENT_EXCEEDS_MAXIMUM_USE, "the segment repeats more often than allowed"),
            Map.entry(EDIStreamValidationError.LOOP_OCCURS_OVER_MAXIMUM_TIMES, "the loop repeats more often than allowed"),
            Map.entry(EDIStreamValidationError.REQUIRED_DATA_ELEMENT_MISSING, "a required element is empty"),
            Map.entry(EDIStreamValidationError.CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING,
                    "an element the others make required is empty"),
            Map.entry(EDIStreamValidationError.TOO_MANY_DATA_ELEMENTS, "more elements than the segment has"),
            Map.entry(EDIStreamValidationError.TOO_MANY_REPETITIONS, "the element repeats more often than allowed"),
            Map.entry(EDIStreamValidationError.TOO_MANY_COMPONENTS, "more parts than the composite has"),
            Map.entry(EDIStreamValidationError.DATA_ELEMENT_TOO_SHORT, "the value is shorter than X12 allows"),
            Map.entry(EDIStreamValidationError.DATA_ELEMENT_TOO_LONG, "the value is longer than X12 allows"),
            Map.entry(EDIStreamValidationError.INVALID_CHARACTER_DATA, "the value holds characters X12 does not allow here"),
            Map.entry(EDIStreamValidationError.INVALID_CODE_VALUE, "not one of the codes X12 allows here"),
            Map.entry(EDIStreamValidationError.IMPLEMENTATION_INVALID_CODE_VALUE,
                    "not one of the codes the implementation guide allows here"),
            Map.entry(EDIStreamValidationError.INVALID_DATE, "not a valid date"),
            Map.entry(EDIStreamValidationError.INVALID_TIME, "not a valid time"),
            Map.entry(EDIStreamValidationError.CONTROL_REFERENCE_MISMATCH,
                    "the control number differs from the one its header (ISA13, GS06 or ST02) gave"),
            Map.entry(EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT,
                    "the count it states differs from what the file holds"),
            Map.entry(EDIStreamValidationError.IMPLEMENTATION_UNUSED_SEGMENT_PRESENT,
                    "a segment the implementation guide does not use here"),
            Map.entry(EDIStreamValidationError.IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT,
                    "an element the implementation guide does not use here"),
            Map.entry(EDIStreamValidationError.IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE,
                    "a segment the implementation guide requires is missing"),
            Map.entry(EDIStreamValidationError.IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES,
                    "a loop the implementation guide requires is missing"));

    private static final Pattern HEADER_POSITION = Pattern.compile("X12 header position (\\d+)");

    private X12Words() {
    }

    /** A validation finding in words; an unmapped one by its own name, spelled out. */
    public static String of(EDIStreamValidationError error) {
        return ERRORS.getOrDefault(error, error.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    /**
     * What a StAEDI read failure ("EDIE003 - Invalid processing state ...") means, given the text of the segment it
     * stopped in: a segment name that is not one, a character X12 does not allow, or a file that ends mid-segment.
     */
    static String failure(String code, String segmentText, char elementSeparator) {
        String tag = tag(segmentText, elementSeparator);
        if (code.equals("EDIE005")) {
            return "the file ends in the middle of a segment: it was cut short; ask the sender for the whole file";
        }
        if (!tag.isEmpty() && !tag.matches("[A-Z0-9]{2,3}")) {
            return "\"" + tag + "\" is not an X12 segment name (a segment name is two or three capital letters or digits)";
        }
        if (code.equals("EDIE004")) {
            return "a character X12 does not allow (a control character or a stray delimiter) in \"" + shown(segmentText) + "\"";
        }
        return "the segment cannot be read as X12: \"" + shown(segmentText) + "\"";
    }

    /** The segment's name: its text up to the first element separator. */
    static String tag(String segmentText, char elementSeparator) {
        int end = segmentText.indexOf(elementSeparator);
        return (end < 0 ? segmentText : segmentText.substring(0, end)).strip();
    }

    /** "position 50" of StAEDI's ISA message, when it gives one. */
    static Optional<Integer> headerPosition(String message) {
        Matcher matcher = HEADER_POSITION.matcher(message == null ? "" : message);
        return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    private static String shown(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}

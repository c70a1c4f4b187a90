package dev.cleanclaim.rules;

/**
 * The coded values of the CMS NCCI files, checked one way for the built-in extracts and for imported files.
 * Each failure names the file and line it came from.
 */
public final class NcciValues {

    private NcciValues() {
    }

    /** PTP modifier indicator: 0 never together, 1 with a distinct-service modifier, 9 not applicable. */
    public static int modifierIndicator(String text, String location) {
        if (!text.equals("0") && !text.equals("1") && !text.equals("9")) {
            throw new RuleDataException(location, "modifier indicator must be 0, 1 or 9, got \"" + text + "\"");
        }
        return Integer.parseInt(text);
    }

    /** MUE adjudication indicator, "3 Date of Service Edit: Clinical" or "3": the leading digit counts. */
    public static int adjudication(String text, String location) {
        char first = text.trim().isEmpty() ? ' ' : text.trim().charAt(0);
        if (first < '1' || first > '3') {
            throw new RuleDataException(location, "MUE adjudication indicator must start with 1, 2 or 3, got \"" + text + "\"");
        }
        return first - '0';
    }
}

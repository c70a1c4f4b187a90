package dev.cleanclaim.x12.read;

import java.util.List;

/**
 * The checks a file's first bytes get before StAEDI sees them, so a biller hears what is wrong in words: StAEDI
 * answers a 14-character sender id with "EDIE003 ... offset 106", a 4010 file with an invalid time, and a
 * transaction without its envelope with "not an X12 file".
 *
 * <p>The ISA is X12's one fixed-width segment (106 characters): its fourth character is the element separator, its
 * last element the component separator, and the character after that the segment terminator. An element one
 * character short moves every delimiter, so the file cannot be read at all; naming the element is what lets the
 * sender fix it.
 */
public final class InterchangeHeader {

    /** The version of the interchange envelope 5010 transactions travel in. */
    static final String VERSION = "00501";

    private static final int[] WIDTHS = {2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1};
    private static final List<String> NAMES = List.of("the authorization qualifier", "the authorization information",
            "the security qualifier", "the security information", "the sender id qualifier", "the sender id",
            "the receiver id qualifier", "the receiver id", "the date", "the time", "the repetition separator",
            "the version", "the control number", "the acknowledgment flag", "the test or production indicator",
            "the component separator");

    private InterchangeHeader() {
    }

    /**
     * Refuses a start of file that is not a 5010 interchange, with the reason in words.
     *
     * @param start the file's first bytes as text, leading white space removed
     */
    static void check(String start) {
        if (start.isEmpty()) {
            throw new SegmentProblem(0, "", "", "the file is empty");
        }
        if (!start.startsWith("ISA")) {
            if (start.length() > 2 && start.startsWith("ST") && !Character.isLetterOrDigit(start.charAt(2))) {
                throw new SegmentProblem(0, "", "", "the file starts with a transaction (ST) without its interchange"
                        + " envelope (ISA, GS): without the ISA there is no telling who sent it or whether it is a test"
                        + " file; ask the payer or clearinghouse for the file as they sent it");
            }
            throw new SegmentProblem(0, "", "", "not an X12 file: it does not start with an ISA segment");
        }
        if (start.length() < 4 || Character.isLetterOrDigit(start.charAt(3)) || Character.isWhitespace(start.charAt(3))) {
            throw new SegmentProblem(1, "ISA", "", "the interchange header (ISA) has no element separator after \"ISA\"");
        }
        char separator = start.charAt(3);
        int at = 4;
        for (int element = 1; element <= WIDTHS.length; element++) {
            int end = element == WIDTHS.length ? Math.min(at + 1, start.length()) : start.indexOf(separator, at);
            if (end < 0 || end == at && element == WIDTHS.length) {
                throw new SegmentProblem(1, "ISA", name(element), "the interchange header (ISA) ends before "
                        + NAMES.get(element - 1) + " (" + name(element) + "): the file is cut short or not X12");
            }
            String value = start.substring(at, end);
            if (value.length() != WIDTHS[element - 1]) {
                throw new SegmentProblem(1, "ISA", name(element), NAMES.get(element - 1) + " \"" + value + "\" is "
                        + value.length() + " character" + (value.length() == 1 ? "" : "s") + " where X12 fixes "
                        + WIDTHS[element - 1] + " (padded with spaces), so the file's delimiters cannot be found;"
                        + " ask the sender for a corrected file");
            }
            if (element == 12) {
                checkVersion(value);
            }
            at = end + 1;
        }
    }

    /** A later interchange's ISA in a file of several: its version is checked as the first one's was. */
    public static void checkVersion(Segment isa) {
        try {
            checkVersion(isa.text(12));
        } catch (SegmentProblem problem) {
            throw isa.problem(12, problem.getMessage());
        }
    }

    /** ISA12: 5010 transactions travel in a 00501 envelope; a 4010 file is refused naming its version. */
    static void checkVersion(String version) {
        if (!version.equals(VERSION)) {
            throw new SegmentProblem(1, "ISA", "ISA12", "the interchange is X12 version " + version + described(version)
                    + "; cleanclaim reads version 5010 files (ISA12 00501, 005010 guides): ask the sender for the 5010 file");
        }
    }

    private static String described(String version) {
        return version.startsWith("004") ? " (a 4010-era version, retired for HIPAA transactions since 2012)" : "";
    }

    private static String name(int element) {
        return String.format("ISA%02d", element);
    }
}

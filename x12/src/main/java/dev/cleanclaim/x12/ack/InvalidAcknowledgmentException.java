package dev.cleanclaim.x12.ack;

import dev.cleanclaim.x12.read.SegmentProblem;

/**
 * An acknowledgment file that cannot be read: not X12, a broken envelope, something other than a 999 or 277CA (an
 * 835, an 837, a 277 claim status response), or a value the verdict depends on that cannot be read. The message
 * names the file, the segment (tag and position in the file, ISA being 1) and the element, e.g. {@code
 * 277ca-broken.edi: segment 14 (STC), element STC01: must be category:status codes, got ""}. A broken file is
 * refused whole: a partial reading could mark a rejected claim as accepted.
 *
 * <p>Checked, like {@code InvalidRemittanceException}: the file comes from outside and every caller must decide
 * what to tell the user.
 */
public final class InvalidAcknowledgmentException extends Exception {

    private final String fileName;
    private final int segmentPosition;
    private final String segment;
    private final String element;
    private final String problem;

    InvalidAcknowledgmentException(String fileName, SegmentProblem problem) {
        super(message(fileName, problem));
        this.fileName = fileName;
        this.segmentPosition = problem.position();
        this.segment = problem.tag();
        this.element = problem.element();
        this.problem = problem.getMessage();
    }

    private static String message(String fileName, SegmentProblem problem) {
        if (problem.position() <= 0) {
            return fileName + ": " + problem.getMessage();
        }
        String element = problem.element().isEmpty() ? "" : ", element " + problem.element();
        return fileName + ": segment " + problem.position() + " (" + problem.tag() + ")" + element + ": "
                + problem.getMessage();
    }

    public String fileName() {
        return fileName;
    }

    /** The segment's position in the file, ISA being 1; 0 when the file is not X12 at all. */
    public int segmentPosition() {
        return segmentPosition;
    }

    /** The segment tag, e.g. STC; empty when no segment could be read. */
    public String segment() {
        return segment;
    }

    /** The element, e.g. STC01; empty when the problem is the whole segment. */
    public String element() {
        return element;
    }

    /** The problem alone, without the place. */
    public String problem() {
        return problem;
    }
}

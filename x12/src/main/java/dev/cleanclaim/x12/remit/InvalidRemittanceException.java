package dev.cleanclaim.x12.remit;

import dev.cleanclaim.x12.read.SegmentProblem;

/**
 * An 835 file that cannot be posted: not X12, a broken envelope, a transaction that is not an 835, or a value the
 * money depends on that cannot be read. The message names the file, the segment (tag and position in the file, ISA
 * being 1) and the element, e.g. {@code remit.835: segment 14 (CLP), element CLP04: not an amount: "12x"}, so that
 * whoever asks the payer for a corrected file can say exactly what is wrong.
 *
 * <p>Checked, because a payer's file is outside input: every caller must decide what to tell the user.
 */
public final class InvalidRemittanceException extends Exception {

    private final String fileName;
    private final int segmentPosition;
    private final String segment;
    private final String element;
    private final String problem;

    InvalidRemittanceException(String fileName, SegmentProblem problem) {
        super(message(fileName, problem.position(), problem.tag(), problem.element(), problem.getMessage()));
        this.fileName = fileName;
        this.segmentPosition = problem.position();
        this.segment = problem.tag();
        this.element = problem.element();
        this.problem = problem.getMessage();
    }

    private static String message(String fileName, int position, String tag, String element, String problem) {
        if (position <= 0) {
            return fileName + ": " + problem;
        }
        String where = "segment " + position + " (" + tag + ")" + (element.isEmpty() ? "" : ", element " + element);
        return fileName + ": " + where + ": " + problem;
    }

    public String fileName() {
        return fileName;
    }

    /** The segment's position in the file, ISA being 1; 0 when the file is not X12 at all. */
    public int segmentPosition() {
        return segmentPosition;
    }

    /** The segment tag, e.g. CLP; empty when no segment could be read. */
    public String segment() {
        return segment;
    }

    /** The element, e.g. CLP04; empty when the problem is the whole segment. */
    public String element() {
        return element;
    }

    /** The problem alone, without the place. */
    public String problem() {
        return problem;
    }
}

package dev.cleanclaim.x12.read;

/**
 * An X12 file from outside (a payer's 835, a clearinghouse's 999 or 277CA) that cannot be read. The message names the
 * file, the segment (tag and position in the file, ISA being 1) and the element, e.g. {@code remit.835: segment 14
 * (CLP), element CLP04: not an amount: "12x"}, so whoever asks for a corrected file can say exactly what is wrong. A
 * broken file is refused whole.
 *
 * <p>Checked, because the file is outside input: every caller must decide what to tell the user.
 */
public abstract class UnreadableFileException extends Exception {

    private final String fileName;
    private final int segmentPosition;
    private final String segment;
    private final String element;
    private final String problem;

    protected UnreadableFileException(String fileName, SegmentProblem problem) {
        super(fileName + ": " + (problem.position() <= 0 ? "" : where(problem.position(), problem.tag(), ", element "
                + problem.element(), problem.element().isEmpty()) + ": ") + problem.getMessage());
        this.fileName = fileName;
        this.segmentPosition = problem.position();
        this.segment = problem.tag();
        this.element = problem.element();
        this.problem = problem.getMessage();
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

    /** Where the problem is, as a field of a refusal names it: "segment 14 (CLP) CLP04", or "file". */
    public String place() {
        return segmentPosition <= 0 ? "file" : where(segmentPosition, segment, " " + element, element.isEmpty());
    }

    private static String where(int position, String tag, String element, boolean wholeSegment) {
        return "segment " + position + " (" + tag + ")" + (wholeSegment ? "" : element);
    }
}

package dev.cleanclaim.x12.read;

/**
 * A segment the reader cannot make sense of, where it is. Thrown inside the package, where the file name is not
 * known, and turned into an {@link InvalidRemittanceException} that names the file at the reader's boundary.
 *
 * @param position the segment's position in the file (1 = ISA), 0 when no segment was read
 * @param element  the element's name (e.g. CLP04), or "" when the whole segment is at fault
 */
public final class SegmentProblem extends RuntimeException {

    private final int position;
    private final String tag;
    private final String element;

    public SegmentProblem(int position, String tag, String element, String problem) {
        super(problem, null, false, false);
        this.position = position;
        this.tag = tag;
        this.element = element;
    }

    public int position() {
        return position;
    }

    public String tag() {
        return tag;
    }

    public String element() {
        return element;
    }
}

package dev.cleanclaim.x12;

/**
 * One way an X12 file breaks the schema, where it is: the segment's position in the file (1 = ISA), its tag and,
 * for element problems, the element position (e.g. 2 for CLM02; 0 for a problem with the whole segment).
 *
 * @param loop the implementation guide loop the segment sits in (e.g. 2400), when the reader knew it
 */
public record EdiProblem(int segmentPosition, String segment, int element, String loop, String problem) {
    @Override
    public String toString() {
        String where = element > 0 ? segment + String.format("%02d", element) : segment;
        String inLoop = loop.isEmpty() ? "" : " in loop " + loop;
        return "segment " + segmentPosition + " (" + where + inLoop + "): " + problem;
    }
}

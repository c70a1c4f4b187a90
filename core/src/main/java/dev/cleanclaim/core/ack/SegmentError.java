package dev.cleanclaim.core.ack;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One IK3 loop: a segment of our 837 the receiver found in error, and where.
 *
 * @param segmentId the segment's tag, e.g. NM1
 * @param position  IK302, the segment's position counted from ST = 1 in the transaction set we sent
 * @param loopId    IK303, the implementation guide's loop, e.g. 2010BA, when the receiver gave it
 * @param code      IK304, the segment syntax error code; situational in 005010X231A1, absent when only elements err
 * @param words     the IK304 code in words
 */
public record SegmentError(String segmentId, int position, Optional<String> loopId, Optional<String> code,
                           String words, List<ElementError> elements) {

    public SegmentError {
        elements = List.copyOf(elements);
    }

    /**
     * One sentence a biller can act on, e.g. {@code NM1 at segment 12 (loop 2010BA), element 9: invalid code value
     * "123"}. The element errors say more than the segment's code (which is then mostly "has data element errors"),
     * so they are given instead of it when there are any.
     */
    public String sentence() {
        String where = segmentId + " at segment " + position + loopId.map(loop -> " (loop " + loop + ")").orElse("");
        if (elements.isEmpty()) {
            return where + ": " + ElementError.lowerFirst(words);
        }
        return where + ", " + elements.stream().map(ElementError::sentence).collect(Collectors.joining("; "));
    }
}

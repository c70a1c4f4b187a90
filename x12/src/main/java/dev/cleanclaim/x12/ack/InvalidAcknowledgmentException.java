package dev.cleanclaim.x12.ack;

import dev.cleanclaim.x12.read.SegmentProblem;
import dev.cleanclaim.x12.read.UnreadableFileException;

/**
 * An acknowledgment file that cannot be read: not X12, a broken envelope, something other than a 999 or 277CA (an
 * 835, an 837, a 277 claim status response), or a value the verdict depends on that cannot be read. A broken file is
 * refused whole: a partial reading could mark a rejected claim as accepted.
 */
public final class InvalidAcknowledgmentException extends UnreadableFileException {

    InvalidAcknowledgmentException(String fileName, SegmentProblem problem) {
        super(fileName, problem);
    }
}

package dev.cleanclaim.x12.remit;

import dev.cleanclaim.x12.read.SegmentProblem;
import dev.cleanclaim.x12.read.UnreadableFileException;

/**
 * An 835 file that cannot be posted: not X12, a broken envelope, a transaction that is not an 835, or a value the
 * money depends on that cannot be read.
 */
public final class InvalidRemittanceException extends UnreadableFileException {

    InvalidRemittanceException(String fileName, SegmentProblem problem) {
        super(fileName, problem);
    }
}

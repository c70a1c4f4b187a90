package dev.cleanclaim.x12.ack;

import dev.cleanclaim.core.ack.AcknowledgmentFile;
import dev.cleanclaim.x12.read.Segment;
import dev.cleanclaim.x12.read.SegmentProblem;
import dev.cleanclaim.x12.read.SegmentSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Map;

/**
 * Reads whatever acknowledgment a clearinghouse sent back, telling the kind from the first transaction's ST01: a 999
 * goes to {@link Acknowledgment999Reader}, a 277 to {@link Acknowledgment277CAReader} (which refuses a 277 that is
 * not a 277CA). Anything else is refused saying what the file holds, since billers drop every file from the
 * clearinghouse's mailbox into the same place.
 *
 * <p>The file is held in memory to be read twice; acknowledgments are small (a 277CA line per claim).
 */
public final class AcknowledgmentReader {

    private static final Map<String, String> TRANSACTION_SETS = Map.of("835", "an 835 remittance advice",
            "837", "an 837 claim", "997", "a 997 functional acknowledgment", "270", "a 270 eligibility inquiry",
            "271", "a 271 eligibility response", "276", "a 276 claim status inquiry", "275", "a 275 attachment");

    private final Acknowledgment999Reader implementation = new Acknowledgment999Reader();
    private final Acknowledgment277CAReader claims = new Acknowledgment277CAReader();

    public AcknowledgmentFile read(String fileName, InputStream in) throws InvalidAcknowledgmentException {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String kind;
        try {
            kind = kind(new ByteArrayInputStream(bytes));
        } catch (SegmentProblem problem) {
            throw new InvalidAcknowledgmentException(fileName, problem);
        }
        return switch (kind) {
            case "999" -> implementation.read(fileName, new ByteArrayInputStream(bytes));
            default -> claims.read(fileName, new ByteArrayInputStream(bytes));
        };
    }

    /** ST01 of the first transaction, refusing a file with none or with a kind that is not an acknowledgment. */
    private static String kind(InputStream in) {
        try (SegmentSource segments = SegmentSource.open(in, new ArrayList<>())) {
            for (Segment segment = segments.next(); segment != null; segment = segments.next()) {
                if (segment.tag().equals("ST")) {
                    String kind = segment.text(1);
                    if (kind.equals("999") || kind.equals("277")) {
                        return kind;
                    }
                    String holds = TRANSACTION_SETS.getOrDefault(kind, "transaction set " + kind);
                    throw segment.problem(1, "the file holds " + holds + " (ST01 " + kind
                            + "), not a 999 or 277CA acknowledgment");
                }
            }
        }
        throw new SegmentProblem(0, "", "", "the file holds no transaction (ST), so no acknowledgment");
    }
}

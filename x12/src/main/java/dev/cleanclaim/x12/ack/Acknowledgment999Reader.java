package dev.cleanclaim.x12.ack;

import dev.cleanclaim.core.ack.GroupResponse;
import dev.cleanclaim.core.ack.ImplementationAcknowledgment;
import dev.cleanclaim.x12.read.Segment;
import dev.cleanclaim.x12.read.SegmentProblem;
import dev.cleanclaim.x12.read.SegmentSource;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an X12 999 implementation acknowledgment (005010X231A1) into the core model: for each functional group we
 * sent, each 837 transaction set's verdict with the segment and element errors the receiver found. Delimiters come
 * from the file's ISA. The reader holds no state and may be shared.
 *
 * <p>A file is refused ({@link InvalidAcknowledgmentException}) when it is not X12, its envelope is broken, it holds
 * something other than 999s, or a verdict cannot be read (an AK2 without its control number, a transaction set
 * without its IK5, a group without its AK9): a 999 read in part could report a rejected 837 as accepted.
 */
public final class Acknowledgment999Reader {

    /** GS08 of the 999 guide; the A1 addendum changed no segment read here, so 005010X231 is read too. */
    private static final String VERSION = "005010X231";

    public ImplementationAcknowledgment read(String fileName, InputStream in) throws InvalidAcknowledgmentException {
        List<String> warnings = new ArrayList<>();
        try (SegmentSource segments = SegmentSource.open(in, warnings)) {
            Envelope<GroupResponse> envelope = Envelope.read(segments, Acknowledgment999Reader::checkGroup,
                    st -> start(st, warnings));
            if (envelope.transactions().isEmpty()) {
                warnings.add("the file holds no 999 transaction");
            }
            return new ImplementationAcknowledgment(fileName, envelope.senderId(), envelope.receiverId(),
                    envelope.controlNumber(), envelope.transactions(), warnings);
        } catch (SegmentProblem problem) {
            throw new InvalidAcknowledgmentException(fileName, problem);
        }
    }

    private static void checkGroup(Segment gs) {
        if (!gs.text(1).equals("FA")) {
            throw Envelope.wrongGroup(gs, "999 acknowledgments (FA)");
        }
        if (!gs.text(8).startsWith(VERSION)) {
            throw gs.problem(8, "version \"" + gs.text(8) + "\" is not the 999 guide this reader reads (005010X231A1)");
        }
    }

    private static Group999Reader start(Segment st, List<String> warnings) {
        if (!st.text(1).equals("999")) {
            throw st.problem(1, "transaction set " + st.text(1) + " is not a 999 implementation acknowledgment");
        }
        return new Group999Reader(st, warnings);
    }
}

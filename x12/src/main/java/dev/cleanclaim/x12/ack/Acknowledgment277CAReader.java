package dev.cleanclaim.x12.ack;

import dev.cleanclaim.core.ack.ClaimAcknowledgment;
import dev.cleanclaim.core.ack.ClaimStatusReport;
import dev.cleanclaim.x12.read.Segment;
import dev.cleanclaim.x12.read.SegmentProblem;
import dev.cleanclaim.x12.read.SegmentSource;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an X12 277CA health care claim acknowledgment (005010X214) into the core model: each claim we sent, found by
 * its patient control number, accepted into the payer's system or rejected, with the statuses in words. Delimiters
 * come from the file's ISA. The reader holds no state and may be shared.
 *
 * <p>A file is refused ({@link InvalidAcknowledgmentException}) when it is not X12, its envelope is broken, it holds
 * something other than 277CAs (a 277 claim status response answering a 276 looks the same but says something else:
 * BHT02 and GS08 tell them apart), or a claim's status cannot be read.
 */
public final class Acknowledgment277CAReader {

    /** GS08 of the 277CA guide; the 277 claim status response (005010X212) shares ST01 and GS01 with it. */
    static final String VERSION = "005010X214";

    public ClaimAcknowledgment read(String fileName, InputStream in) throws InvalidAcknowledgmentException {
        List<String> warnings = new ArrayList<>();
        try (SegmentSource segments = SegmentSource.open(in, warnings)) {
            Envelope<ClaimTransaction277Reader.Result> envelope = Envelope.read(segments,
                    Acknowledgment277CAReader::checkGroup, st -> start(st, warnings));
            if (envelope.transactions().isEmpty()) {
                warnings.add("the file holds no 277CA transaction");
            }
            List<ClaimStatusReport> claims = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            for (ClaimTransaction277Reader.Result result : envelope.transactions()) {
                claims.addAll(result.claims());
                if (!result.informationSource().isEmpty() && !sources.contains(result.informationSource())) {
                    sources.add(result.informationSource());
                }
            }
            return new ClaimAcknowledgment(fileName, envelope.senderId(), envelope.receiverId(),
                    envelope.controlNumber(), String.join(", ", sources), claims, warnings);
        } catch (SegmentProblem problem) {
            throw new InvalidAcknowledgmentException(fileName, problem);
        }
    }

    private static void checkGroup(Segment gs) {
        if (!gs.text(1).equals("HN")) {
            throw Envelope.wrongGroup(gs, "277CA claim acknowledgments (HN)");
        }
        if (!gs.text(8).startsWith(VERSION)) {
            throw gs.problem(8, "version \"" + gs.text(8) + "\" is not the 277CA guide (005010X214): a 277 of another"
                    + " kind, e.g. a claim status response (005010X212)");
        }
    }

    private static ClaimTransaction277Reader start(Segment st, List<String> warnings) {
        if (!st.text(1).equals("277")) {
            throw st.problem(1, "transaction set " + st.text(1) + " is not a 277CA claim acknowledgment");
        }
        return new ClaimTransaction277Reader(st, warnings);
    }
}

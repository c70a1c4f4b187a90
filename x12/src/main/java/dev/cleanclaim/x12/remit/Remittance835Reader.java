package dev.cleanclaim.x12.remit;

import dev.cleanclaim.core.remit.Remittance;
import dev.cleanclaim.x12.Usage;
import dev.cleanclaim.x12.read.Segment;
import dev.cleanclaim.x12.read.SegmentProblem;
import dev.cleanclaim.x12.read.SegmentSource;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads an X12 835 health care claim payment/advice (005010X221A1) into the core remittance model. Delimiters come
 * from the file's own ISA; every functional group and every transaction in it is read. The reader holds no state
 * and may be shared.
 *
 * <p>A file is refused ({@link InvalidRemittanceException}) when it is not X12, its envelope is broken, it holds
 * something other than 835s, or a value the money depends on cannot be read. A file that reads but does not
 * balance is returned with warnings: the payer sent the money anyway, and the biller decides.
 */
public final class Remittance835Reader {

    /** GS08 for the 835 guide; its addenda (A1) changed no segment this reader uses, so 005010X221 is read too. */
    private static final String VERSION = "005010X221";
    private static final Map<String, String> GROUP_CONTENTS = Map.of("HC", "837 claims", "FA", "999 or 997 acknowledgments",
            "HN", "277 claim status responses", "HB", "271 eligibility responses", "HS", "270 eligibility inquiries");

    /** Reads every 835 transaction (ST..SE) in every functional group of the interchange. */
    public RemittanceFile read(String fileName, InputStream in) throws InvalidRemittanceException {
        List<String> warnings = new ArrayList<>();
        try (SegmentSource segments = SegmentSource.open(in, warnings)) {
            return read(fileName, segments, warnings);
        } catch (SegmentProblem problem) {
            throw new InvalidRemittanceException(fileName, problem);
        }
    }

    private static RemittanceFile read(String fileName, SegmentSource segments, List<String> warnings) {
        Segment isa = segments.next();
        if (isa == null) {
            throw new SegmentProblem(0, "", "", "the file holds no segment");
        }
        List<Remittance> remittances = new ArrayList<>();
        TransactionReader transaction = null;
        for (Segment segment = segments.next(); segment != null; segment = segments.next()) {
            switch (segment.tag()) {
                case "ISA" -> throw segment.problem("a second interchange in one file; split the file at each ISA");
                case "GS" -> checkGroup(segment);
                case "ST" -> {
                    checkTransaction(segment);
                    transaction = new TransactionReader(segment, warnings);
                }
                case "SE" -> {
                    remittances.add(inside(transaction, segment).finish());
                    transaction = null;
                }
                case "GE", "IEA" -> {
                }
                default -> inside(transaction, segment).accept(segment);
            }
        }
        if (remittances.isEmpty()) {
            warnings.add("the file holds no 835 transaction");
        }
        Usage usage = isa.text(15).equals("P") ? Usage.PRODUCTION : Usage.TEST;
        return new RemittanceFile(fileName, isa.text(6).strip(), isa.text(8).strip(), isa.text(13), usage,
                remittances, warnings);
    }

    /** StAEDI reports a segment outside ST..SE as an envelope problem but still hands it over. */
    private static TransactionReader inside(TransactionReader transaction, Segment segment) {
        if (transaction == null) {
            throw segment.problem("a segment outside any transaction (ST..SE)");
        }
        return transaction;
    }

    private static void checkGroup(Segment gs) {
        String kind = gs.text(1);
        if (!kind.equals("HP")) {
            String contents = GROUP_CONTENTS.getOrDefault(kind, "another kind of transaction");
            throw gs.problem(1, "a group of " + contents + " (" + kind + "), not of 835 remittances (HP)");
        }
        if (!gs.text(8).startsWith(VERSION)) {
            throw gs.problem(8, "version \"" + gs.text(8) + "\" is not the 835 guide this reader reads (005010X221A1)");
        }
    }

    private static void checkTransaction(Segment st) {
        if (!st.text(1).equals("835")) {
            throw st.problem(1, "transaction set " + st.text(1) + " is not an 835 remittance advice");
        }
    }
}

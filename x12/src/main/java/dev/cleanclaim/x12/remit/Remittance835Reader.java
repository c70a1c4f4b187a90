package dev.cleanclaim.x12.remit;

import dev.cleanclaim.core.remit.Remittance;
import dev.cleanclaim.x12.Usage;
import dev.cleanclaim.x12.read.InterchangeHeader;
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

    /**
     * Reads every interchange of the file in turn: payers and clearinghouses put several in one file (a day's
     * payments), each a complete ISA .. IEA. The file is as a whole a test file when any interchange is one, so that
     * no test payment is ever posted.
     */
    private static RemittanceFile read(String fileName, SegmentSource segments, List<String> warnings) {
        Segment first = segments.next();
        if (first == null) {
            throw new SegmentProblem(0, "", "", "the file holds no segment");
        }
        List<Remittance> remittances = new ArrayList<>();
        List<Segment> interchanges = new ArrayList<>(List.of(first));
        Segment isa = first;
        TransactionReader transaction = null;
        int groups = 0;
        for (Segment segment = segments.next(); segment != null; segment = segments.next()) {
            switch (segment.tag()) {
                case "ISA" -> {
                    if (isa != null) {
                        throw segment.problem("a new interchange (ISA) before the one before it ended (IEA)");
                    }
                    InterchangeHeader.checkVersion(segment);
                    isa = segment;
                    interchanges.add(segment);
                }
                case "GS" -> {
                    checkGroup(segment);
                    groups++;
                }
                case "ST" -> {
                    if (transaction != null) {
                        throw segment.problem("a transaction starts before the one before it ended (SE missing)");
                    }
                    checkTransaction(segment);
                    transaction = new TransactionReader(segment, warnings);
                }
                case "SE" -> {
                    remittances.add(inside(transaction, segment).finish());
                    transaction = null;
                }
                case "GE" -> ended(transaction, segment);
                case "IEA" -> {
                    ended(transaction, segment);
                    isa = null;
                }
                default -> inside(transaction, segment).accept(segment);
            }
        }
        if (transaction != null) {
            throw new SegmentProblem(0, "", "", "the file ends inside a transaction (no SE, GE or IEA): it was cut short");
        }
        if (remittances.isEmpty()) {
            warnings.add("the file holds no 835 transaction");
        }
        boolean test = interchanges.stream().anyMatch(header -> !header.text(15).equals("P"));
        if (test && interchanges.stream().anyMatch(header -> header.text(15).equals("P"))) {
            warnings.add("the file mixes test (ISA15 T) and production interchanges: it is treated as a test file");
        }
        Usage usage = test ? Usage.TEST : Usage.PRODUCTION;
        return new RemittanceFile(fileName, first.text(6).strip(), first.text(8).strip(), first.text(13), usage,
                interchanges.size(), groups, remittances, warnings);
    }

    private static void ended(TransactionReader transaction, Segment trailer) {
        if (transaction != null) {
            throw trailer.problem("the transaction is cut short: " + trailer.tag() + " before its SE");
        }
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
        if (gs.text(8).startsWith("004010")) {
            throw gs.problem(8, "version \"" + gs.text(8) + "\" is a 4010 remittance; cleanclaim reads the 5010 guide"
                    + " (005010X221A1): ask the payer for the 5010 file");
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

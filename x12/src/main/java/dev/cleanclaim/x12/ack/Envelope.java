package dev.cleanclaim.x12.ack;

import dev.cleanclaim.x12.read.InterchangeHeader;
import dev.cleanclaim.x12.read.Segment;
import dev.cleanclaim.x12.read.SegmentProblem;
import dev.cleanclaim.x12.read.SegmentSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Walks one interchange (ISA .. IEA) and hands each transaction's segments (ST .. SE) to a reader of that kind; the
 * 999 and 277CA readers differ only inside ST .. SE and in which group and transaction they accept.
 *
 * @param isa          the interchange header, for the sender, receiver and control number
 * @param transactions what each transaction reader finished with, in file order
 */
record Envelope<T>(Segment isa, List<T> transactions) {

    /** What each GS01 holds, to say what a file is when it is not what the reader expected. */
    static final Map<String, String> GROUP_CONTENTS = Map.of("HC", "837 claims", "HP", "835 remittances",
            "FA", "999 or 997 acknowledgments", "HN", "277 claim status responses", "HB", "271 eligibility responses",
            "HS", "270 eligibility inquiries", "HR", "276 claim status inquiries");

    /** One transaction being read: every segment between ST and SE, then SE itself. */
    interface TransactionReader<T> {
        void accept(Segment segment);

        T finish(Segment se);
    }

    static <T> Envelope<T> read(SegmentSource segments, Consumer<Segment> checkGroup,
                                Function<Segment, TransactionReader<T>> start) {
        Segment isa = segments.next();
        if (isa == null) {
            throw new SegmentProblem(0, "", "", "the file holds no segment");
        }
        List<T> transactions = new ArrayList<>();
        TransactionReader<T> transaction = null;
        boolean open = true;
        // Clearinghouses put several interchanges in one file: each is read in turn, its version checked as the first's.
        for (Segment segment = segments.next(); segment != null; segment = segments.next()) {
            switch (segment.tag()) {
                case "ISA" -> {
                    if (open) {
                        throw segment.problem("a new interchange (ISA) before the one before it ended (IEA)");
                    }
                    InterchangeHeader.checkVersion(segment);
                    open = true;
                }
                case "GS" -> checkGroup.accept(segment);
                case "ST" -> {
                    if (transaction != null) {
                        throw segment.problem("a transaction starts before the one before it ended (SE missing)");
                    }
                    transaction = start.apply(segment);
                }
                case "SE" -> {
                    transactions.add(inside(transaction, segment).finish(segment));
                    transaction = null;
                }
                case "GE", "IEA" -> {
                    if (transaction != null) {
                        throw segment.problem("the transaction is cut short: " + segment.tag() + " before its SE");
                    }
                    open = open && segment.tag().equals("GE");
                }
                default -> inside(transaction, segment).accept(segment);
            }
        }
        if (transaction != null) {
            throw new SegmentProblem(0, "", "", "the file ends inside a transaction (no SE, GE or IEA): truncated?");
        }
        return new Envelope<>(isa, transactions);
    }

    /** StAEDI reports a segment outside ST .. SE as an envelope problem but still hands it over. */
    private static <T> TransactionReader<T> inside(TransactionReader<T> transaction, Segment segment) {
        if (transaction == null) {
            throw segment.problem("a segment outside any transaction (ST..SE)");
        }
        return transaction;
    }

    String senderId() {
        return isa.text(6).strip();
    }

    String receiverId() {
        return isa.text(8).strip();
    }

    String controlNumber() {
        return isa.text(13);
    }

    /** The refusal of a GS that is not of the kind a reader reads, saying what the group holds instead. */
    static SegmentProblem wrongGroup(Segment gs, String expected) {
        String kind = gs.text(1);
        String contents = GROUP_CONTENTS.getOrDefault(kind, "another kind of transaction");
        return gs.problem(1, "a group of " + contents + " (" + kind + "), not of " + expected);
    }
}

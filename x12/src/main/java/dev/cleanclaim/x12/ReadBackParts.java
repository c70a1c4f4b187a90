package dev.cleanclaim.x12;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A large 837P this writer wrote, cut into interchanges that read back the same way, so that parts of one file can
 * be read back at once: the reader spends the same time on every segment, and a batch of 10,000 claims took seconds.
 *
 * <p>Each part is the file's envelope and each of its transactions' headers (ST to the billing provider's loop)
 * around a run of whole subscriber loops (an HL of level 22 with everything under it), with SE, GE and IEA counting
 * what the part holds. Every segment of the file is then read in the same loop as in the file. What a part cannot
 * see is checked here on the whole file instead: each SE counts its transaction's segments and repeats its ST02, GE
 * counts the transactions and repeats GS06, IEA repeats ISA13, and no transaction holds more subscriber loops than
 * the guide allows. A file laid out any other way is not cut ({@link Optional#empty()}) and is read back whole.
 */
final class ReadBackParts {

    /** The guide's repeat limit of loop 2000B in one transaction. */
    private static final int MOST_SUBSCRIBER_LOOPS = 99_999;
    private static final String TERMINATOR = SegmentWriter.TERMINATOR + "\n";

    private ReadBackParts() {
    }

    /** The file in about {@code parts} parts of similar size, or empty when it is not one to cut. */
    static Optional<List<byte[]>> of(byte[] file, int parts) {
        String text = new String(file, StandardCharsets.US_ASCII);
        if (!text.endsWith(TERMINATOR)) {
            return Optional.empty();
        }
        String[] segments = text.substring(0, text.length() - TERMINATOR.length()).split(TERMINATOR, -1);
        return envelope(segments).flatMap(transactions -> Optional.of(cut(segments, transactions, parts)));
    }

    /** A transaction: where its ST, first subscriber loop and SE are, and where each subscriber loop starts. */
    private record Transaction(int start, int end, List<Integer> subscribers) {
        int header() {
            return subscribers.get(0);
        }

        int endOf(int subscriber) {
            return subscriber + 1 < subscribers.size() ? subscribers.get(subscriber + 1) : end;
        }
    }

    /** The transactions, when the envelope is the one the writer writes and its counts hold. */
    private static Optional<List<Transaction>> envelope(String[] segments) {
        int last = segments.length - 1;
        if (last < 4 || !segments[0].startsWith("ISA*") || !tag(segments[1]).equals("GS")
                || !tag(segments[last - 1]).equals("GE") || !tag(segments[last]).equals("IEA")) {
            return Optional.empty();
        }
        String[] isa = segments[0].split("\\*", -1);
        String[] gs = segments[1].split("\\*", -1);
        String[] ge = segments[last - 1].split("\\*", -1);
        String[] iea = segments[last].split("\\*", -1);
        if (isa.length != 17 || gs.length < 7 || ge.length != 3 || iea.length != 3 || !iea[1].equals("1")
                || !iea[2].equals(isa[13]) || !ge[2].equals(gs[6])) {
            return Optional.empty();
        }
        List<Transaction> transactions = new ArrayList<>();
        int at = 2;
        while (at < last - 1) {
            Optional<Transaction> transaction = transaction(segments, at, last - 1);
            if (transaction.isEmpty()) {
                return Optional.empty();
            }
            transactions.add(transaction.get());
            at = transaction.get().end() + 1;
        }
        return ge[1].equals(Integer.toString(transactions.size())) && !transactions.isEmpty()
                ? Optional.of(transactions) : Optional.empty();
    }

    private static Optional<Transaction> transaction(String[] segments, int start, int limit) {
        if (!tag(segments[start]).equals("ST")) {
            return Optional.empty();
        }
        String controlNumber = element(segments[start], 2);
        List<Integer> subscribers = new ArrayList<>();
        for (int at = start + 1; at < limit; at++) {
            String tag = tag(segments[at]);
            if (tag.equals("SE")) {
                boolean counted = element(segments[at], 1).equals(Integer.toString(at - start + 1))
                        && element(segments[at], 2).equals(controlNumber);
                return counted && !subscribers.isEmpty() && subscribers.size() <= MOST_SUBSCRIBER_LOOPS
                        ? Optional.of(new Transaction(start, at, subscribers)) : Optional.empty();
            }
            if (tag.equals("ST")) {
                return Optional.empty();
            }
            if (tag.equals("HL") && element(segments[at], 3).equals("22")) {
                subscribers.add(at);
            }
        }
        return Optional.empty();
    }

    /** Runs of whole subscriber loops, each about an equal share of the file's segments, each in its own envelope. */
    private static List<byte[]> cut(String[] segments, List<Transaction> transactions, int parts) {
        int share = Math.max(1, segments.length / Math.max(1, parts));
        List<byte[]> cut = new ArrayList<>();
        Part part = new Part(segments);
        for (Transaction transaction : transactions) {
            for (int subscriber = 0; subscriber < transaction.subscribers().size(); subscriber++) {
                if (part.size() >= share) {
                    cut.add(part.close());
                    part = new Part(segments);
                }
                part.add(transaction, transaction.subscribers().get(subscriber), transaction.endOf(subscriber));
            }
        }
        cut.add(part.close());
        return cut;
    }

    /** One part being put together: the file's ISA and GS, then transactions, each headed as in the file. */
    private static final class Part {
        private final String[] segments;
        private final StringBuilder text = new StringBuilder();
        private Transaction open;
        private int segmentsInOpen;
        private int transactions;
        private int size;

        Part(String[] segments) {
            this.segments = segments;
            append(segments[0]);
            append(segments[1]);
        }

        int size() {
            return size;
        }

        void add(Transaction transaction, int from, int to) {
            if (open != transaction) {
                endTransaction();
                open = transaction;
                transactions++;
                for (int at = transaction.start(); at < transaction.header(); at++) {
                    append(segments[at]);
                    segmentsInOpen++;
                }
            }
            for (int at = from; at < to; at++) {
                append(segments[at]);
                segmentsInOpen++;
            }
        }

        byte[] close() {
            endTransaction();
            String[] gs = segments[1].split("\\*", -1);
            String[] isa = segments[0].split("\\*", -1);
            append("GE*" + transactions + "*" + gs[6]);
            append("IEA*1*" + isa[13]);
            return text.toString().getBytes(StandardCharsets.US_ASCII);
        }

        private void endTransaction() {
            if (open != null) {
                append("SE*" + (segmentsInOpen + 1) + "*" + element(segments[open.start()], 2));
                open = null;
                segmentsInOpen = 0;
            }
        }

        private void append(String segment) {
            text.append(segment).append(TERMINATOR);
            size++;
        }
    }

    private static String tag(String segment) {
        int star = segment.indexOf(SegmentWriter.ELEMENT);
        return star < 0 ? segment : segment.substring(0, star);
    }

    /** The n-th element of a segment (1 = the first after the tag), empty when it has fewer. */
    private static String element(String segment, int n) {
        int start = 0;
        for (int i = 0; i < n; i++) {
            start = segment.indexOf(SegmentWriter.ELEMENT, start) + 1;
            if (start == 0) {
                return "";
            }
        }
        int end = segment.indexOf(SegmentWriter.ELEMENT, start);
        return end < 0 ? segment.substring(start) : segment.substring(start, end);
    }
}

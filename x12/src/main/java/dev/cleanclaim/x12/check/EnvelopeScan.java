package dev.cleanclaim.x12.check;

import dev.cleanclaim.x12.read.Segment;
import dev.cleanclaim.x12.read.SegmentSource;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass over a file's envelopes, whatever it holds: how many interchanges, groups and transactions, whether any
 * interchange is a test one, and the first group's GS08 and transaction's ST01, which tell the kind of file.
 * Envelope faults are refused here ({@link dev.cleanclaim.x12.read.SegmentProblem}) as every reader refuses them.
 */
record EnvelopeScan(int interchanges, int groups, int transactions, boolean test, String firstVersion,
                    String firstTransactionSet, List<String> warnings) {

    static EnvelopeScan of(byte[] content) {
        List<String> warnings = new ArrayList<>();
        int interchanges = 0;
        int groups = 0;
        int transactions = 0;
        boolean test = false;
        String version = "";
        String transactionSet = "";
        try (SegmentSource segments = SegmentSource.open(new ByteArrayInputStream(content), warnings)) {
            for (Segment segment = segments.next(); segment != null; segment = segments.next()) {
                switch (segment.tag()) {
                    case "ISA" -> {
                        interchanges++;
                        test |= !segment.text(15).equals("P");
                    }
                    case "GS" -> {
                        groups++;
                        version = version.isEmpty() ? segment.text(8) : version;
                    }
                    case "ST" -> {
                        transactions++;
                        transactionSet = transactionSet.isEmpty() ? segment.text(1) : transactionSet;
                    }
                    default -> {
                    }
                }
            }
        }
        return new EnvelopeScan(interchanges, groups, transactions, test, version, transactionSet, warnings);
    }
}

package dev.cleanclaim.x12.ack;

import dev.cleanclaim.core.ack.ElementError;
import dev.cleanclaim.core.ack.GroupAckCode;
import dev.cleanclaim.core.ack.GroupResponse;
import dev.cleanclaim.core.ack.SegmentError;
import dev.cleanclaim.core.ack.TransactionAckCode;
import dev.cleanclaim.core.ack.TransactionResponse;
import dev.cleanclaim.x12.read.Segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One 999 transaction set (ST .. SE): the answer to one functional group we sent, AK1, then an AK2 .. IK5 loop per
 * transaction set, then AK9. Segments arrive one at a time; the loops are closed when the next one starts.
 */
final class Group999Reader implements Envelope.TransactionReader<GroupResponse> {

    private final Segment st;
    private final List<String> warnings;
    private Segment ak1;
    private final List<TransactionResponse> transactions = new ArrayList<>();
    private TransactionLoop transaction;
    private GroupResponse group;

    Group999Reader(Segment st, List<String> warnings) {
        this.st = st;
        this.warnings = warnings;
    }

    @Override
    public void accept(Segment segment) {
        if (group != null) {
            throw segment.problem("a segment after AK9, which ends the 999's answer");
        }
        switch (segment.tag()) {
            case "AK1" -> {
                if (ak1 != null) {
                    throw segment.problem("a second AK1 in one 999 transaction set");
                }
                segment.required(1, "the functional identifier code");
                segment.required(2, "the group control number");
                ak1 = segment;
            }
            case "AK2" -> {
                afterAk1(segment);
                closeTransaction(segment);
                transaction = new TransactionLoop(segment.required(1, "the transaction set identifier code"),
                        segment.required(2, "the transaction set control number"));
            }
            case "IK3" -> inTransaction(segment).segmentError(segment);
            case "IK4" -> inTransaction(segment).elementError(segment);
            case "IK5" -> inTransaction(segment).response(segment);
            case "CTX" -> afterAk1(segment);
            case "AK9" -> {
                afterAk1(segment);
                closeTransaction(segment);
                group = group(segment);
            }
            default -> warnings.add("segment " + segment.position() + " (" + segment.tag()
                    + ") is not part of a 999 and was skipped");
        }
    }

    @Override
    public GroupResponse finish(Segment se) {
        if (ak1 == null) {
            throw st.problem("the 999 has no AK1 (which functional group it answers)");
        }
        if (group == null) {
            closeTransaction(se);
            throw se.problem("the 999 for group " + ak1.text(2) + " has no AK9 (the group's verdict)");
        }
        return group;
    }

    private void afterAk1(Segment segment) {
        if (ak1 == null) {
            throw segment.problem("a " + segment.tag() + " before the AK1 that says which group is answered");
        }
    }

    private TransactionLoop inTransaction(Segment segment) {
        if (transaction == null) {
            throw segment.problem("a " + segment.tag() + " outside any transaction set response (AK2 .. IK5)");
        }
        return transaction;
    }

    /** Ends the open AK2 loop, which must have had its verdict: without IK5 we cannot tell accepted from rejected. */
    private void closeTransaction(Segment next) {
        if (transaction == null) {
            return;
        }
        if (transaction.code == null) {
            throw next.problem("transaction set " + transaction.controlNumber + " has no IK5 (its verdict) before this "
                    + next.tag());
        }
        transactions.add(transaction.finish());
        transaction = null;
    }

    private GroupResponse group(Segment ak9) {
        GroupAckCode code = code(ak9, 1, GroupAckCode.class, "functional group acknowledge code");
        int included = Numbers.required(ak9, 2, "the number of transaction sets included");
        int received = Numbers.required(ak9, 3, "the number of received transaction sets");
        int accepted = Numbers.required(ak9, 4, "the number of accepted transaction sets");
        for (int element = 5; element <= 9; element++) {
            if (ak9.has(element)) {
                warnings.add("group " + ak1.text(2) + ": " + CodeList.GROUP_ERRORS.codeAndWords(ak9.text(element)));
            }
        }
        if (received != transactions.size()) {
            warnings.add("group " + ak1.text(2) + ": AK9 counts " + received + " transaction sets received but the 999"
                    + " answers " + transactions.size());
        }
        return new GroupResponse(ak1.text(1), ak1.text(2), code, included, received, accepted, transactions);
    }

    static <E extends Enum<E>> E code(Segment segment, int element, Class<E> codes, String what) {
        String value = segment.required(element, "the " + what);
        try {
            return Enum.valueOf(codes, value);
        } catch (IllegalArgumentException e) {
            String known = Arrays.stream(codes.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw segment.problem(element, "not a " + what + ": \"" + value + "\" (" + known + ")");
        }
    }

    /** One AK2 .. IK5 loop. */
    private static final class TransactionLoop {
        private final String transactionSetId;
        private final String controlNumber;
        private final List<SegmentError> errors = new ArrayList<>();
        private final List<String> syntaxErrors = new ArrayList<>();
        private Segment ik3;
        private final List<ElementError> elements = new ArrayList<>();
        private TransactionAckCode code;

        TransactionLoop(String transactionSetId, String controlNumber) {
            this.transactionSetId = transactionSetId;
            this.controlNumber = controlNumber;
        }

        void segmentError(Segment segment) {
            closeSegmentError();
            segment.required(1, "the segment ID code");
            Numbers.required(segment, 2, "the segment position in the transaction set");
            ik3 = segment;
        }

        void elementError(Segment ik4) {
            if (ik3 == null) {
                throw ik4.problem("an IK4 (element error) without the IK3 naming its segment");
            }
            if (ik4.components(1).isEmpty() || ik4.component(1, 1).isEmpty()) {
                throw ik4.problem(1, "the position in the segment is missing");
            }
            int position = Numbers.parse(ik4, 1, ik4.component(1, 1));
            String code = ik4.required(3, "the implementation data element syntax error code");
            elements.add(new ElementError(position, Numbers.optionalComponent(ik4, 1, 2), ik4.optional(2), code,
                    CodeList.ELEMENT_ERRORS.words(code), ik4.optional(4)));
        }

        void response(Segment ik5) {
            if (code != null) {
                throw ik5.problem("a second IK5 for transaction set " + controlNumber);
            }
            closeSegmentError();
            code = code(ik5, 1, TransactionAckCode.class, "transaction set acknowledgment code");
            for (int element = 2; element <= 6; element++) {
                if (ik5.has(element)) {
                    syntaxErrors.add(CodeList.TRANSACTION_ERRORS.codeAndWords(ik5.text(element)));
                }
            }
        }

        private void closeSegmentError() {
            if (ik3 == null) {
                return;
            }
            Optional<String> code = ik3.optional(4);
            String words = code.map(CodeList.SEGMENT_ERRORS::words).orElse("Segment in error (no code given)");
            errors.add(new SegmentError(ik3.text(1), Integer.parseInt(ik3.text(2)), ik3.optional(3), code, words,
                    elements));
            ik3 = null;
            elements.clear();
        }

        TransactionResponse finish() {
            return new TransactionResponse(transactionSetId, controlNumber, code, errors, syntaxErrors);
        }
    }
}

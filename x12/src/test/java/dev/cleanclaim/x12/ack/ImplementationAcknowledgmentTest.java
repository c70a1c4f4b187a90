package dev.cleanclaim.x12.ack;

import dev.cleanclaim.core.ack.ElementError;
import dev.cleanclaim.core.ack.GroupAckCode;
import dev.cleanclaim.core.ack.GroupResponse;
import dev.cleanclaim.core.ack.ImplementationAcknowledgment;
import dev.cleanclaim.core.ack.SegmentError;
import dev.cleanclaim.core.ack.TransactionAckCode;
import dev.cleanclaim.core.ack.TransactionResponse;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** 999 files read into groups, transaction sets and their errors in words. */
class ImplementationAcknowledgmentTest {

    private static ImplementationAcknowledgment read(String name) throws InvalidAcknowledgmentException {
        return new Acknowledgment999Reader().read(name, AckFixtures.stream(AckFixtures.text(name)));
    }

    @Test
    void a_999_that_accepts_our_837_says_so_for_the_group_and_the_transaction_set() throws Exception {
        ImplementationAcknowledgment ack = read("999-accepted.edi");

        assertThat(ack.fileName()).isEqualTo("999-accepted.edi");
        assertThat(ack.senderId()).isEqualTo("CLAIMHUB");
        assertThat(ack.receiverId()).isEqualTo("RCM0042");
        assertThat(ack.interchangeControlNumber()).isEqualTo("000007001");
        assertThat(ack.groups()).singleElement().satisfies(group -> {
            assertThat(group.functionalId()).isEqualTo("HC");
            assertThat(group.groupControlNumber()).isEqualTo("4101");
            assertThat(group.code()).isEqualTo(GroupAckCode.A);
            assertThat(group.included()).isEqualTo(1);
            assertThat(group.received()).isEqualTo(1);
            assertThat(group.accepted()).isEqualTo(1);
        });
        assertThat(ack.transactions()).containsExactly(
                new TransactionResponse("837", "0001", TransactionAckCode.A, java.util.List.of(), java.util.List.of()));
        assertThat(ack.rejectsAny()).isFalse();
        assertThat(ack.warnings()).isEmpty();
    }

    @Test
    void a_999_that_rejects_our_837_names_the_segment_loop_and_element_in_words() throws Exception {
        ImplementationAcknowledgment ack = read("999-rejected.edi");

        TransactionResponse transaction = ack.transactions().get(0);
        assertThat(transaction.rejected()).isTrue();
        assertThat(transaction.code().words()).isEqualTo("rejected");
        assertThat(transaction.syntaxErrors()).containsExactly("5: One or more segments in error");
        SegmentError error = transaction.errors().get(0);
        assertThat(error).isEqualTo(new SegmentError("NM1", 12, Optional.of("2010BA"), Optional.of("8"),
                "Segment has data element errors", java.util.List.of(new ElementError(9, OptionalInt.empty(),
                Optional.of("67"), "7", "Invalid code value", Optional.of("123")))));
        assertThat(error.sentence()).isEqualTo("NM1 at segment 12 (loop 2010BA), element 9: invalid code value \"123\"");
        assertThat(ack.groups().get(0).code()).isEqualTo(GroupAckCode.R);
        assertThat(ack.rejectsAny()).isTrue();
    }

    @Test
    void a_999_that_partly_accepts_the_group_answers_each_transaction_set_apart() throws Exception {
        ImplementationAcknowledgment ack = read("999-partly-accepted.edi");

        GroupResponse group = ack.groups().get(0);
        assertThat(group.code()).isEqualTo(GroupAckCode.P);
        assertThat(group.code().rejects()).isFalse();
        assertThat(group.accepted()).isEqualTo(1);
        assertThat(group.transactions()).extracting(TransactionResponse::controlNumber, TransactionResponse::rejected)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("0001", false),
                        org.assertj.core.groups.Tuple.tuple("0002", true));
        assertThat(group.transactions().get(1).errors()).extracting(SegmentError::sentence).containsExactly(
                "CLM at segment 23 (loop 2300), element 5-1: invalid code value \"99\"",
                "DTP at segment 31 (loop 2400): segment not in proper sequence");
    }

    @Test
    void an_element_error_without_a_copy_of_the_bad_value_still_reads_as_a_sentence() {
        ElementError error = new ElementError(3, OptionalInt.empty(), Optional.empty(), "1",
                "Required data element missing", Optional.empty());

        assertThat(error.sentence()).isEqualTo("element 3: required data element missing");
    }

    @Test
    void an_error_code_cleanclaim_does_not_know_reads_as_such_instead_of_failing() throws Exception {
        ImplementationAcknowledgment ack = (ImplementationAcknowledgment) AckFixtures.readChanged("999-rejected.edi",
                "IK4*9*67*7*123~", "IK4*9*67*Z99*123~");

        assertThat(ack.transactions().get(0).errors().get(0).sentence())
                .isEqualTo("NM1 at segment 12 (loop 2010BA), element 9: code Z99 (not in cleanclaim's list) \"123\"");
    }

    @Test
    void group_syntax_errors_and_counts_that_disagree_become_warnings() throws Exception {
        ImplementationAcknowledgment ack = (ImplementationAcknowledgment) AckFixtures.readChanged("999-accepted.edi",
                "AK9*A*1*1*1~", "AK9*E*2*2*1*5~");

        assertThat(ack.groups().get(0).code()).isEqualTo(GroupAckCode.E);
        assertThat(ack.warnings()).containsExactly(
                "group 4101: 5: Number of included transaction sets does not match actual count",
                "group 4101: AK9 counts 2 transaction sets received but the 999 answers 1");
    }
}

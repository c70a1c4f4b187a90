package dev.cleanclaim.core.ack;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** How the acknowledgment values weigh verdicts and put them in words. */
class AckOutcomesTest {

    @Test
    void a_rejection_outweighs_an_acceptance_which_outweighs_pending() {
        assertThat(ClaimAckOutcome.ACCEPTED.and(ClaimAckOutcome.REJECTED)).isEqualTo(ClaimAckOutcome.REJECTED);
        assertThat(ClaimAckOutcome.PENDING.and(ClaimAckOutcome.ACCEPTED)).isEqualTo(ClaimAckOutcome.ACCEPTED);
        assertThat(ClaimAckOutcome.PENDING.and(ClaimAckOutcome.PENDING)).isEqualTo(ClaimAckOutcome.PENDING);
    }

    @Test
    void accepted_with_errors_still_goes_on_to_the_payer_but_every_other_code_rejects() {
        assertThat(TransactionAckCode.E.rejects()).isFalse();
        assertThat(List.of(TransactionAckCode.M, TransactionAckCode.R, TransactionAckCode.W, TransactionAckCode.X))
                .allMatch(TransactionAckCode::rejects);
        assertThat(GroupAckCode.P.rejects()).isFalse();
        assertThat(GroupAckCode.R.rejects()).isTrue();
    }

    @Test
    void a_segment_error_without_element_errors_gives_the_segment_code_in_words() {
        SegmentError error = new SegmentError("REF", 40, Optional.empty(), Optional.of("3"), "Required segment missing",
                List.of());

        assertThat(error.sentence()).isEqualTo("REF at segment 40: required segment missing");
    }

    @Test
    void a_component_error_names_the_element_and_the_component() {
        ElementError error = new ElementError(1, OptionalInt.of(2), Optional.of("235"), "7", "Invalid code value",
                Optional.of("9714O"));

        assertThat(error.sentence()).isEqualTo("element 1-2: invalid code value \"9714O\"");
    }

    @Test
    void a_claim_report_in_words_gives_the_outcome_then_each_status_then_the_lines() {
        StatusDetail rejected = new StatusDetail("A7", "Rejected for Invalid Information", "164",
                "Entity's contract/member number", Optional.of("IL"), Optional.of(LocalDate.of(2026, 11, 5)));
        LineStatus line = new LineStatus(Optional.empty(), "97140", List.of(rejected));
        ClaimStatusReport report = new ClaimStatusReport("A1001-20261102", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(rejected), List.of(line), ClaimAckOutcome.REJECTED);

        assertThat(report.words()).isEqualTo("Rejected: A7 Rejected for Invalid Information: 164 Entity's"
                + " contract/member number; line 97140: A7 Rejected for Invalid Information: 164 Entity's"
                + " contract/member number");
    }
}

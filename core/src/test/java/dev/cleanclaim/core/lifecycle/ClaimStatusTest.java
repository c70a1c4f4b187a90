package dev.cleanclaim.core.lifecycle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimStatusTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "DRAFT, SCRUBBED, true", "SCRUBBED, READY, true", "READY, SUBMITTED, true", "SUBMITTED, PAID, true",
            "SUBMITTED, DENIED, true", "SUBMITTED, ACCEPTED, true", "SUBMITTED, REJECTED, true",
            "ACCEPTED, PARTLY_PAID, true", "REJECTED, SCRUBBED, true", "REJECTED, SUBMITTED, false",
            "DENIED, APPEALED, true", "DENIED, SCRUBBED, false", "DENIED, CORRECTED, true", "PAID, VOIDED, true",
            "APPEALED, PAID, true", "DRAFT, SUBMITTED, false", "SCRUBBED, PAID, false", "SUBMITTED, READY, false",
            "PAID, DENIED, false", "PAID, SCRUBBED, false", "PAID, SUBMITTED, true", "DENIED, SUBMITTED, true",
            "DENIED, PAID, false", "PARTLY_PAID, PAID, true", "CORRECTED, SUBMITTED, false", "VOIDED, PAID, false"})
    void the_lifecycle_allows_only_the_moves_a_claim_can_make(ClaimStatus from, ClaimStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @Test
    void a_claim_the_payer_accepted_is_never_scrubbed_again_only_corrected_by_a_new_claim() {
        for (ClaimStatus sent : new ClaimStatus[]{ClaimStatus.ACCEPTED, ClaimStatus.PAID, ClaimStatus.PARTLY_PAID,
                ClaimStatus.DENIED}) {
            assertThat(sent.canMoveTo(ClaimStatus.SCRUBBED)).as(sent.id()).isFalse();
            assertThat(sent.isOpenForChange()).as(sent.id()).isFalse();
            assertThat(sent.isCorrectable()).as(sent.id()).isTrue();
        }
    }

    @Test
    void a_rejected_claim_never_reached_the_payer_so_it_is_fixed_and_sent_again_as_itself() {
        assertThat(ClaimStatus.REJECTED.isOpenForChange()).isTrue();
        assertThat(ClaimStatus.REJECTED.wasSent()).isTrue();
        assertThat(ClaimStatus.REJECTED.isCorrectable()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class, names = {"CORRECTED", "VOIDED", "CLOSED"})
    void corrected_voided_and_closed_claims_are_final(ClaimStatus status) {
        assertThat(status.isFinal()).isTrue();
    }

    @Test
    void a_therapist_may_scrub_and_ready_a_claim_but_every_later_move_is_for_billing_staff() {
        assertThat(ClaimStatus.READY.isBillingMove()).isFalse();
        assertThat(ClaimStatus.SCRUBBED.isBillingMove()).isFalse();
        assertThat(ClaimStatus.SUBMITTED.isBillingMove()).isTrue();
        assertThat(ClaimStatus.PAID.isBillingMove()).isTrue();
    }

    @Test
    void statuses_read_from_their_ids_or_their_words() {
        assertThat(ClaimStatus.parse("submitted")).contains(ClaimStatus.SUBMITTED);
        assertThat(ClaimStatus.parse("partly paid")).contains(ClaimStatus.PARTLY_PAID);
        assertThat(ClaimStatus.PARTLY_PAID.words()).isEqualTo("partly paid");
        assertThat(ClaimStatus.parse("sent")).isEmpty();
    }
}

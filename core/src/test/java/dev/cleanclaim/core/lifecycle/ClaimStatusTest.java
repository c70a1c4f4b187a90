package dev.cleanclaim.core.lifecycle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimStatusTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "DRAFT, SCRUBBED, true", "SCRUBBED, READY, true", "READY, SUBMITTED, true", "SUBMITTED, PAID, true",
            "SUBMITTED, DENIED, true", "DENIED, APPEALED, true", "DENIED, SCRUBBED, true", "APPEALED, PAID, true",
            "DRAFT, SUBMITTED, false", "SCRUBBED, PAID, false", "SUBMITTED, READY, false", "PAID, DENIED, false",
            "PAID, SCRUBBED, false", "PAID, SUBMITTED, true", "DENIED, SUBMITTED, true", "DENIED, PAID, false"})
    void the_lifecycle_allows_only_the_moves_a_claim_can_make(ClaimStatus from, ClaimStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @Test
    void a_paid_claim_only_reopens_when_the_payer_reverses_the_payment() {
        assertThat(ClaimStatus.PAID.next()).containsExactly(ClaimStatus.SUBMITTED);
    }

    @Test
    void statuses_read_from_their_lower_case_ids() {
        assertThat(ClaimStatus.parse("submitted")).contains(ClaimStatus.SUBMITTED);
        assertThat(ClaimStatus.parse("sent")).isEmpty();
    }
}

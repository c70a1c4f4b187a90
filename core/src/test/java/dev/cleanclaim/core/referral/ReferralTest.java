package dev.cleanclaim.core.referral;

import dev.cleanclaim.core.practice.ReferringProvider;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferralTest {

    private static final ReferringProvider ADAMS = new ReferringProvider("Ruth", "Adams", "1564738296", Optional.empty());

    private static Referral referral(int authorized, int used) {
        return new Referral(ADAMS, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), authorized, used);
    }

    @Test
    void a_referral_in_its_dates_with_visits_left_covers_the_visit() {
        assertThat(referral(12, 3).standingOn(LocalDate.of(2026, 9, 30))).isEqualTo(new ReferralStanding.Valid(9));
    }

    @Test
    void a_referral_whose_dates_have_passed_says_when_it_ended() {
        assertThat(referral(12, 3).standingOn(LocalDate.of(2026, 10, 1)).problem()).contains("ended on 2026-09-30");
    }

    @Test
    void a_referral_with_every_authorized_visit_used_says_so() {
        assertThat(referral(6, 6).standingOn(LocalDate.of(2026, 8, 1))).isInstanceOf(ReferralStanding.UsedUp.class);
    }

    @Test
    void a_visit_before_the_referral_starts_is_not_covered() {
        assertThat(referral(6, 0).standingOn(LocalDate.of(2026, 6, 30))).isInstanceOf(ReferralStanding.NotYetValid.class);
    }

    @Test
    void a_referral_that_ends_before_it_starts_is_refused() {
        assertThatThrownBy(() -> new Referral(ADAMS, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 6, 1), 6, 0))
                .hasMessageContaining("cannot end");
    }
}

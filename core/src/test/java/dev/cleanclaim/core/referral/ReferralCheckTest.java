package dev.cleanclaim.core.referral;

import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.Severity;
import dev.cleanclaim.core.practice.ReferringProvider;
import dev.cleanclaim.core.units.UnitMethod;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ReferralCheckTest {

    private static final ReferringProvider ADAMS = new ReferringProvider("Ruth", "Adams", "1564738296", Optional.empty());

    private static ClaimDraft claimOn(LocalDate date) {
        return new ClaimDraft(date, "commercial", UnitMethod.values()[0], 0, 0, List.of(), List.of(), List.of(), "test");
    }

    private static Referral referral(int authorized, int used) {
        return new Referral(ADAMS, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), authorized, used);
    }

    @Test
    void a_visit_without_a_referral_on_file_gets_no_referral_finding() {
        assertThat(ReferralCheck.apply(claimOn(LocalDate.of(2026, 8, 1)), Optional.empty()).findings()).isEmpty();
    }

    @Test
    void a_referral_that_covers_the_visit_adds_nothing() {
        assertThat(ReferralCheck.apply(claimOn(LocalDate.of(2026, 8, 1)), Optional.of(referral(6, 2))).findings()).isEmpty();
    }

    @Test
    void a_used_up_referral_warns_before_the_visit_is_billed_and_says_how_to_fix_it() {
        ClaimDraft checked = ReferralCheck.apply(claimOn(LocalDate.of(2026, 8, 1)), Optional.of(referral(6, 6)));

        assertThat(checked.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("referral.standing");
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.message()).contains("Ruth Adams", "all 6 authorized visits are used");
            assertThat(finding.fix()).hasValueSatisfying(fix -> assertThat(fix).contains("authorization"));
        });
    }

    @Test
    void an_expired_referral_warns_with_the_date_it_ended() {
        ClaimDraft checked = ReferralCheck.apply(claimOn(LocalDate.of(2026, 10, 2)), Optional.of(referral(6, 1)));

        assertThat(checked.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).contains("ended on 2026-09-30");
            assertThat(finding.fix()).hasValueSatisfying(fix -> assertThat(fix).contains("new referral"));
        });
    }
}

package dev.cleanclaim.app.workspace;

import dev.cleanclaim.core.units.UnitMethod;
import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.fees.MedicareLocality;
import dev.cleanclaim.core.fees.MedicarePricingTerms;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.therapy.TherapyYearToDate;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.rules.BuiltInRuleData;
import dev.cleanclaim.store.ClaimRecord;
import dev.cleanclaim.store.Stored;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adding up stored claims, with claim bodies written by hand. 2026 Medicare national allowed amounts a unit (RVU26C
 * non-facility total x 33.4009): 97110 0.87 -> $29.06, 97530 1.05 -> $35.07, 97112 0.98 -> $32.73.
 */
class TherapyHistoryTest {

    private static final RuleData RULES = BuiltInRuleData.load();
    private static final TherapyHistory HISTORY = new TherapyHistory(RULES.payers(), RULES::medicareFees);
    private static final LocalDate VISIT = LocalDate.of(2026, 6, 1);

    private static Stored<ClaimRecord> claim(long visitId, String payer, String date, ClaimStatus status,
                                             ClaimLine... lines) {
        ClaimDraft draft = new ClaimDraft(LocalDate.parse(date), payer, UnitMethod.MEDICARE, 0, 0, List.of(),
                List.of(lines), List.of(), "test");
        return new Stored<>(visitId * 10, 1, new ClaimRecord(visitId, 1, payer, status, "PCN-" + visitId, Money.ZERO,
                draft));
    }

    /** @param modifiers as a claim lists them, e.g. {@code "GO", "KX"} */
    private static ClaimLine line(String code, int units, String modifiers, String charge) {
        return new ClaimLine(code, java.util.Arrays.stream(modifiers.split(",")).map(modifier -> modifier.strip()
                .replace("\"", "")).toList(), units, java.util.OptionalInt.empty(), List.of("A"),
                java.util.Optional.of(Money.parse(charge)), java.util.Optional.empty(), java.util.Optional.empty());
    }

    private static TherapyYearToDate amounts(String physicalAndSpeech, String occupational) {
        return new TherapyYearToDate(2026, Money.parse(physicalAndSpeech), Money.parse(occupational));
    }

    @Test
    void pt_and_slp_lines_count_together_ot_lines_apart_and_lines_without_a_therapy_modifier_not_at_all() {
        List<Stored<ClaimRecord>> claims = List.of(claim(1, "medicare", "2026-02-02", ClaimStatus.PAID,
                line("97110", 2, "\"GP\"", "58.58"), line("97112", 1, "\"GN\"", "33.62"),
                line("97530", 1, "\"GO\", \"KX\"", "36.00"), line("98940", 1, "\"AT\"", "45.00")));

        assertThat(HISTORY.before(VISIT, OptionalLong.empty(), claims)).isEqualTo(amounts("90.85", "35.07"));
    }

    @Test
    void a_line_is_counted_at_its_allowed_amount_with_the_assistant_reduction_and_at_its_charge_when_not_priced() {
        List<Stored<ClaimRecord>> claims = List.of(claim(1, "medicare", "2026-02-02", ClaimStatus.READY,
                line("97110", 2, "\"CQ\", \"GP\"", "58.58"), line("97799", 1, "\"GP\"", "40.00")));

        assertThat(HISTORY.before(VISIT, OptionalLong.empty(), claims)).isEqualTo(amounts("89.40", "0.00"));
    }

    @Test
    void denied_claims_claims_of_other_payers_and_of_other_years_do_not_count() {
        ClaimLine exercise = line("97110", 1, "\"GP\"", "29.29");
        List<Stored<ClaimRecord>> claims = List.of(
                claim(1, "medicare", "2026-02-02", ClaimStatus.DENIED, exercise),
                claim(2, "medicare-advantage", "2026-02-09", ClaimStatus.PAID, exercise),
                claim(3, "medicare", "2025-12-29", ClaimStatus.PAID, exercise),
                claim(4, "medicare", "2026-02-16", ClaimStatus.APPEALED, exercise),
                claim(5, "medicare", "2026-02-23", ClaimStatus.DRAFT, exercise));

        assertThat(HISTORY.before(VISIT, OptionalLong.empty(), claims)).isEqualTo(amounts("58.12", "0.00"));
    }

    @Test
    void the_visits_own_claim_and_claims_of_later_visits_do_not_count_but_earlier_ones_of_the_same_day_do() {
        ClaimLine exercise = line("97110", 1, "\"GP\"", "29.29");
        List<Stored<ClaimRecord>> claims = List.of(
                claim(6, "medicare", "2026-06-01", ClaimStatus.READY, exercise),
                claim(7, "medicare", "2026-06-01", ClaimStatus.READY, exercise),
                claim(8, "medicare", "2026-06-01", ClaimStatus.READY, exercise),
                claim(9, "medicare", "2026-06-02", ClaimStatus.READY, exercise));

        assertThat(HISTORY.before(VISIT, OptionalLong.of(7), claims)).isEqualTo(amounts("29.06", "0.00"));
        assertThat(HISTORY.before(VISIT, OptionalLong.empty(), claims))
                .as("a visit being entered comes after the day's stored ones").isEqualTo(amounts("87.18", "0.00"));
    }

    @Test
    void stored_lines_are_priced_at_the_practices_locality_like_the_visit_being_scrubbed() {
        TherapyHistory portland = new TherapyHistory(RULES.payers(), () -> RULES.medicareFees().pricedFor(
                new MedicarePricingTerms(Optional.of(MedicareLocality.parse("02302-01")), false)));
        List<Stored<ClaimRecord>> claims = List.of(claim(1, "medicare", "2026-02-02", ClaimStatus.PAID,
                line("97110", 1, "\"GP\"", "29.29")));

        // Portland 2026: 0.45x1.016 + 0.41x1.111 + 0.01x0.744 = 0.92015; x 33.4009 = 30.7338.. -> 30.73
        assertThat(portland.before(VISIT, OptionalLong.empty(), claims)).isEqualTo(amounts("30.73", "0.00"));
    }
}

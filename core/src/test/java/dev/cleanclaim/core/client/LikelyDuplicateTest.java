package dev.cleanclaim.core.client;

import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.patient.Person;
import dev.cleanclaim.core.patient.Sex;
import dev.cleanclaim.core.practice.Address;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LikelyDuplicateTest {

    private static final Address HOME = new Address("1 Main St", Optional.empty(), "Portland", "OR", "97214");

    private static Person person(String first, String last, LocalDate born) {
        return new Person(first, last, born, Sex.F, HOME);
    }

    @Test
    void the_same_name_typed_with_other_case_accents_and_punctuation_and_the_same_birth_date_is_a_likely_duplicate() {
        LocalDate born = LocalDate.of(1980, 4, 12);

        assertThat(LikelyDuplicate.reasons(person("José", "O'Neil", born), List.of(), person("jose", "ONEIL", born), List.of()))
                .containsExactly(LikelyDuplicate.Reason.NAME_AND_BIRTH_DATE);
        assertThat(LikelyDuplicate.reasons(person("Jose", "ONeil", born), List.of(), person("Jose", "ONeil",
                born.plusDays(1)), List.of())).as("another birth date is another person").isEmpty();
    }

    @Test
    void the_same_payer_and_member_id_typed_with_spaces_or_dashes_is_a_likely_duplicate_whatever_the_name() {
        LocalDate born = LocalDate.of(1980, 4, 12);
        List<LikelyDuplicate.Policy> card = List.of(new LikelyDuplicate.Policy("bcbs", "RGX-000 100"));

        assertThat(LikelyDuplicate.reasons(person("Ana", "Garcia", born), card, person("Anna", "Garcia-Lopez", born),
                List.of(new LikelyDuplicate.Policy("bcbs", "rgx000100")))).containsExactly(LikelyDuplicate.Reason.SAME_POLICY);
        assertThat(LikelyDuplicate.reasons(person("Ana", "Garcia", born), card, person("Anna", "Garcia-Lopez", born),
                List.of(new LikelyDuplicate.Policy("uhc", "RGX000100")))).as("another payer's card").isEmpty();
    }

    @Test
    void a_notice_covers_the_visit_it_names_or_a_visit_in_its_period_whose_services_it_lists() {
        LocalDate day = LocalDate.of(2026, 11, 2);
        FinancialNotice period = new FinancialNotice("bcbs", FinancialNotice.Reason.EXCLUDED_SERVICE, List.of("97124"),
                Optional.empty(), day, day.plusMonths(3), Optional.of(Money.parse("95.00")), day, "Ana Garcia");
        FinancialNotice oneVisit = new FinancialNotice("bcbs", FinancialNotice.Reason.EXCLUDED_SERVICE, List.of("97124"),
                Optional.of(7L), day, day, Optional.empty(), day, "Ana Garcia");

        assertThat(period.covers(3, day.plusDays(10), List.of("97124"))).isTrue();
        assertThat(period.covers(3, day.plusDays(10), List.of("97124", "97140"))).as("a service it does not list").isFalse();
        assertThat(period.covers(3, day.minusDays(1), List.of("97124"))).as("before its period").isFalse();
        assertThat(oneVisit.covers(7, day, List.of("97124"))).isTrue();
        assertThat(oneVisit.covers(8, day, List.of("97124"))).as("another visit").isFalse();
    }
}

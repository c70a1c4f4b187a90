package dev.cleanclaim.core.therapy;

import dev.cleanclaim.core.money.Money;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TherapyYearToDateTest {

    @Test
    void physicalTherapyAndSpeechPathologyShareAnAmountAndOccupationalTherapyHasItsOwn() {
        assertThat(TherapyDiscipline.of(List.of("GP"))).contains(TherapyDiscipline.PHYSICAL_AND_SPEECH);
        assertThat(TherapyDiscipline.of(List.of("GN"))).contains(TherapyDiscipline.PHYSICAL_AND_SPEECH);
        assertThat(TherapyDiscipline.of(List.of("CO", "GO", "KX"))).contains(TherapyDiscipline.OCCUPATIONAL);
    }

    @Test
    void aLineWithoutATherapyModifierBelongsToNoDiscipline() {
        assertThat(TherapyDiscipline.of(List.of("AT"))).isEmpty();
        assertThat(TherapyDiscipline.of(List.of())).isEmpty();
    }

    @Test
    void addingToOneDisciplineLeavesTheOtherAlone() {
        TherapyYearToDate year = TherapyYearToDate.none(2026)
                .plus(TherapyDiscipline.PHYSICAL_AND_SPEECH, Money.parse("58.78"))
                .plus(TherapyDiscipline.OCCUPATIONAL, Money.parse("36.74"))
                .plus(TherapyDiscipline.PHYSICAL_AND_SPEECH, Money.parse("1.22"));

        assertThat(year).isEqualTo(new TherapyYearToDate(2026, Money.parse("60.00"), Money.parse("36.74")));
        assertThat(year.of(TherapyDiscipline.OCCUPATIONAL)).isEqualTo(Money.parse("36.74"));
    }
}

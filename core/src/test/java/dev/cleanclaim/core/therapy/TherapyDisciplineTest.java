package dev.cleanclaim.core.therapy;

import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.catalog.TherapyModifierRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.cleanclaim.core.therapy.TherapyDiscipline.OCCUPATIONAL;
import static dev.cleanclaim.core.therapy.TherapyDiscipline.PHYSICAL_AND_SPEECH;
import static org.assertj.core.api.Assertions.assertThat;

class TherapyDisciplineTest {

    @Test
    void aLinesTherapyModifierDecidesItsDiscipline() {
        assertThat(TherapyDiscipline.of(List.of("59", "GO"), TherapyModifierRule.BY_PLAN_OF_CARE, ProviderType.PT)).isEqualTo(OCCUPATIONAL);
        assertThat(TherapyDiscipline.of(List.of("GN"), TherapyModifierRule.BY_PLAN_OF_CARE, ProviderType.OT)).isEqualTo(PHYSICAL_AND_SPEECH);
    }

    @Test
    void withoutOneTheCodesOwnModifierDecides() {
        assertThat(TherapyDiscipline.of(List.of(), TherapyModifierRule.GO, ProviderType.PT)).isEqualTo(OCCUPATIONAL);
        assertThat(TherapyDiscipline.of(List.of(), TherapyModifierRule.GP, ProviderType.OT)).isEqualTo(PHYSICAL_AND_SPEECH);
    }

    @Test
    void otherwiseOccupationalTherapistsLinesAreOtAndEveryoneElsesPtSlp() {
        assertThat(TherapyDiscipline.of(List.of(), TherapyModifierRule.BY_PLAN_OF_CARE, ProviderType.OTA)).isEqualTo(OCCUPATIONAL);
        for (ProviderType type : List.of(ProviderType.PT, ProviderType.PTA, ProviderType.DC, ProviderType.LMT, ProviderType.MD)) {
            assertThat(TherapyDiscipline.of(List.of(), TherapyModifierRule.BY_PLAN_OF_CARE, type)).as(type.name())
                    .isEqualTo(PHYSICAL_AND_SPEECH);
        }
    }
}

package dev.cleanclaim.core.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProviderTypeTest {

    @Test
    void anAssistantIsSupervisedByItsTherapistAndAnEmployedMassageTherapistByADoctor() {
        assertThat(ProviderType.PTA.supervisedBy()).containsExactly(ProviderType.PT);
        assertThat(ProviderType.OTA.supervisedBy()).containsExactly(ProviderType.OT);
        assertThat(ProviderType.LMT.supervisedBy()).containsExactlyInAnyOrder(ProviderType.DC, ProviderType.MD, ProviderType.DO);
        assertThat(ProviderType.supervisionRules()).isEqualTo("LMT by DC, MD or DO; PTA by PT; OTA by OT");
    }

    @Test
    void noAssistantOrMassageTherapistSupervisesAnyoneSoNoTwoProvidersSuperviseEachOther() {
        for (ProviderType supervised : ProviderType.values()) {
            for (ProviderType supervisor : supervised.supervisedBy()) {
                assertThat(supervisor.supervisedBy()).as(supervisor + " supervising " + supervised).isEmpty();
            }
            assertThat(ProviderType.PTA.canSupervise(supervised)).isFalse();
            assertThat(ProviderType.OTA.canSupervise(supervised)).isFalse();
            assertThat(ProviderType.LMT.canSupervise(supervised)).isFalse();
        }
    }

    @Test
    void therapistsAndTheirAssistantsFurnishTherapySoASometimesTherapyCodeIsTherapyOnlyFromThem() {
        assertThat(java.util.Arrays.stream(ProviderType.values()).filter(ProviderType::isTherapist))
                .containsExactly(ProviderType.PT, ProviderType.PTA, ProviderType.OT, ProviderType.OTA);
        assertThat(TherapyDesignation.SOMETIMES.isTherapyWhenFurnishedBy(ProviderType.PTA)).isTrue();
        assertThat(TherapyDesignation.SOMETIMES.isTherapyWhenFurnishedBy(ProviderType.DC)).isFalse();
        assertThat(TherapyDesignation.ALWAYS.isTherapyWhenFurnishedBy(ProviderType.DC)).isTrue();
        assertThat(TherapyDesignation.NEVER.isTherapyWhenFurnishedBy(ProviderType.PT)).isFalse();
    }
}

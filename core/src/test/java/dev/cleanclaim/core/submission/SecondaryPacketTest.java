package dev.cleanclaim.core.submission;

import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.patient.Coverage;
import dev.cleanclaim.core.patient.MedicareSecondaryType;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.patient.Relationship;
import dev.cleanclaim.core.patient.Sex;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecondaryPacketTest {

    @Test
    void aPacketBuiltTheOldWayGoesToThePrimaryPayer() {
        ClaimPacket packet = SamplePackets.chiropracticVisit();

        assertThat(packet.prior()).isEmpty();
        assertThat(packet.secondary()).isFalse();
    }

    @Test
    void withPriorKeepsTheClaimAndAttachesThePrimaryAdjudication() {
        ClaimPacket primary = SamplePackets.chiropracticVisit();
        ClaimPacket secondary = primary.withPrior(SamplePackets.commercialPaid());

        assertThat(secondary.secondary()).isTrue();
        assertThat(secondary.prior()).contains(SamplePackets.commercialPaid());
        assertThat(secondary.lines()).isEqualTo(primary.lines());
        assertThat(secondary.patientControlNumber()).isEqualTo(primary.patientControlNumber());
    }

    @Test
    void aPriorAdjudicationOfALineTheClaimDoesNotHaveIsRefused() {
        PriorPayer paid = SamplePackets.commercialPaid();
        PriorPayer strayLine = new PriorPayer(paid.payer(), paid.coverage(), paid.filingIndicator(),
                paid.payerClaimNumber(), paid.paid(), paid.adjudicated(), paid.claimAdjustments(),
                List.of(new PriorPayer.LineAdjudication(3, "97110", List.of(), Money.parse("10.00"), 1, List.of())));

        assertThatThrownBy(() -> SamplePackets.chiropracticVisit().withPrior(strayLine))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 3");
    }

    @Test
    void priorLinesAreFoundByOurLineNumber() {
        PriorPayer paid = SamplePackets.commercialPaid();

        assertThat(paid.linesFor(2)).singleElement().satisfies(line -> assertThat(line.procedureCode()).isEqualTo("97140"));
        assertThat(paid.linesFor(5)).isEmpty();
        assertThat(paid.medicareSecondary()).isEmpty();
        assertThat(paid.withMedicareSecondary(MedicareSecondaryType.WORKING_AGED).medicareSecondary())
                .contains(MedicareSecondaryType.WORKING_AGED);
    }

    @Test
    void aCoverageCoversThePatientWithItsOwnMemberIdGroupAndSubscriber() {
        Patient ana = SamplePackets.selfInsured();
        Coverage spouses = new Coverage("bcbs", "SPX1", Optional.empty(), Relationship.SPOUSE,
                Optional.of(SamplePackets.person("Luis", "García", LocalDate.of(1978, 2, 1), Sex.M)));

        Patient covered = spouses.covering(ana);

        assertThat(covered.person()).isEqualTo(ana.person());
        assertThat(covered.accountNumber()).isEqualTo(ana.accountNumber());
        assertThat(covered.memberId()).contains("SPX1");
        assertThat(covered.groupNumber()).isEmpty();
        assertThat(covered.relationship()).isEqualTo(Relationship.SPOUSE);
        assertThat(covered.subscriber()).hasValueSatisfying(luis -> assertThat(luis.firstName()).isEqualTo("Luis"));
        assertThat(covered.referredBy()).isEqualTo(ana.referredBy());
    }

    @Test
    void aCoverageNeedsAMemberIdAndASubscriberWhenThePatientDoesNotHoldThePolicy() {
        assertThatThrownBy(() -> new Coverage("bcbs", " ", Optional.empty(), Relationship.SELF, Optional.empty()))
                .hasMessageContaining("member id");
        assertThatThrownBy(() -> new Coverage("bcbs", "X1", Optional.empty(), Relationship.CHILD, Optional.empty()))
                .hasMessageContaining("subscriber");
    }
}

package dev.cleanclaim.core.units;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.cleanclaim.core.units.Services.medicare;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** CMS total-time method, with the worked examples of RULES §2, CMS Pub 100-04 ch. 5 §20.2 and more. */
class MedicareTotalTimeTest {

    @Test
    void seed001Example_33MinutesOfExerciseAnd7OfManualTherapyBillTwoAndOne() {
        UnitResult result = UnitCalculator.calculate(UnitMethod.MEDICARE, Services.of("97110=33", "97140=7"));

        assertThat(result.totalTimedMinutes()).isEqualTo(40);
        assertThat(result.totalUnits()).isEqualTo(3);
        assertThat(result.lines()).containsExactly(
                new UnitLine("97110", dev.cleanclaim.core.catalog.UnitBasis.TIMED_15, 33, 2),
                new UnitLine("97140", dev.cleanclaim.core.catalog.UnitBasis.TIMED_15, 7, 1));
    }

    @Test
    void underEightTotalTimedMinutesNothingIsBilled() {
        assertThat(medicare("97140=7")).containsExactly(entry("97140", 0));
        assertThat(medicare("97140=3", "97124=4")).containsOnly(entry("97140", 0), entry("97124", 0));
    }

    @Test
    void eightMinutesOfOneServiceBillOneUnit() {
        assertThat(medicare("97124=8")).containsExactly(entry("97124", 1));
    }

    @Test
    void severalServicesOfSevenMinutesOrLessThatReachEightTogetherBillOneUnitForTheLongest() {
        assertThat(medicare("97110=5", "97140=7", "97035=6")).containsExactly(
                entry("97110", 0), entry("97140", 1), entry("97035", 0));
    }

    @Test
    void cmsExample_24MinutesOfReeducationAnd23OfExerciseBillTwoAndOne() {
        assertThat(medicare("97112=24", "97110=23")).containsExactly(entry("97112", 2), entry("97110", 1));
    }

    @Test
    void cmsExample_untimedHotPacksDoNotCountTowardTimedMinutes() {
        UnitResult result = UnitCalculator.calculate(UnitMethod.MEDICARE, Services.of("97110=18", "97140=13", "97010=10"));

        assertThat(result.totalTimedMinutes()).isEqualTo(31);
        assertThat(result.totalUnits()).isEqualTo(2);
        assertThat(Services.unitsByCode(result)).containsExactly(entry("97110", 1), entry("97140", 1), entry("97010", 1));
    }

    @Test
    void untimedCodesAreOneUnitWhateverTheirMinutes() {
        assertThat(medicare("97010=45", "98941=0", "97012=3")).containsOnly(
                entry("97010", 1), entry("98941", 1), entry("97012", 1));
    }

    @Test
    void untimedMinutesNeverLiftTimedServicesOverTheEightMinuteLine() {
        UnitResult result = UnitCalculator.calculate(UnitMethod.MEDICARE, Services.of("97010=20", "97140=7"));

        assertThat(result.totalTimedMinutes()).isEqualTo(7);
        assertThat(result.totalUnits()).isZero();
        assertThat(Services.unitsByCode(result)).containsExactly(entry("97010", 1), entry("97140", 0));
    }

    @Test
    void aServiceOfFifteenMinutesOrMoreGetsAtLeastOneUnit() {
        // 15 + 9 + 9 = 33 minutes = 2 units: 97110 keeps its full unit; the leftover goes to a 9-minute remainder.
        assertThat(medicare("97110=15", "97140=9", "97112=9")).containsEntry("97110", 1);
    }

    @Test
    void thirtyMinutesOfOneServiceGetAtLeastTwoUnits() {
        assertThat(medicare("97110=30", "97140=8")).containsExactly(entry("97110", 2), entry("97140", 1));
    }

    @Test
    void unitsAreNotAllPutOnOneCodeWhenAnotherRanOverFifteenMinutes() {
        assertThat(medicare("97110=40", "97140=16")).containsExactly(entry("97110", 3), entry("97140", 1));
    }

    @Test
    void leftoverUnitsGoToTheLargestRemaindersNotTheLargestServices() {
        // 50 + 14 = 64 minutes = 4 units: 3 full units of 97110, and 97140's 14 beats 97110's remaining 5.
        assertThat(medicare("97110=50", "97140=14")).containsExactly(entry("97110", 3), entry("97140", 1));
    }

    @Test
    void twoEntriesOfOneCodeAreAddedIntoOneLine() {
        UnitResult result = UnitCalculator.calculate(UnitMethod.MEDICARE, Services.of("97110=10", "97140=9", "97110=10"));

        assertThat(result.lines()).extracting(UnitLine::code).containsExactly("97110", "97140");
        assertThat(result.lines().get(0).minutes()).isEqualTo(20);
        assertThat(Services.unitsByCode(result)).containsExactly(entry("97110", 1), entry("97140", 1));
    }

    @Test
    void equalRemaindersGoToTheCodeWithMoreMinutesThenTheLowerCodeNumber() {
        // 20 + 20 = 40 minutes = 3 units: remainders tie at 5 and minutes tie at 20, so 97110 before 97112.
        assertThat(medicare("97112=20", "97110=20")).containsExactly(entry("97112", 1), entry("97110", 2));
        // Remainders tie at 7; 97140 performed 22 minutes in all, 97035 only 7: the longer service takes the unit.
        assertThat(medicare("97035=7", "97140=22", "97110=30")).containsExactly(
                entry("97035", 0), entry("97140", 2), entry("97110", 2));
    }

    @Test
    void cmsExample_threeCodesOfSevenMinutesBesideThirtyThreeGiveTheThirdUnitToOneOfTheSevens() {
        Map<String, Integer> units = medicare("97110=33", "97140=7", "97035=7");

        assertThat(units).containsEntry("97110", 2);
        assertThat(units.get("97140") + units.get("97035")).isEqualTo(1);
        assertThat(units).containsEntry("97035", 1); // the lower code number breaks the tie
    }

    @Test
    void hourlyCodesAreCountedByTheHourAndStayOutOfTheTimedTotals() {
        UnitResult result = UnitCalculator.calculate(UnitMethod.MEDICARE, Services.of("95180=95", "97110=8"));

        assertThat(Services.unitsByCode(result)).containsExactly(entry("95180", 2), entry("97110", 1));
        assertThat(result.totalTimedMinutes()).isEqualTo(8);
        assertThat(result.totalUnits()).isEqualTo(1);
    }

    @Test
    void noServicesGiveNoUnits() {
        UnitResult result = UnitCalculator.calculate(UnitMethod.MEDICARE, List.of());

        assertThat(result.lines()).isEmpty();
        assertThat(result.totalUnits()).isZero();
    }
}

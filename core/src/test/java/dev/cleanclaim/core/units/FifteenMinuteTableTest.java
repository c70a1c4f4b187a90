package dev.cleanclaim.core.units;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FifteenMinuteTableTest {

    @ParameterizedTest(name = "{0} minutes are {1} units")
    @CsvSource({
            "0,0", "1,0", "7,0",
            "8,1", "22,1",
            "23,2", "37,2",
            "38,3", "52,3",
            "53,4", "67,4",
            "68,5", "82,5",
            "83,6", "97,6",
            "98,7", "112,7",
            "113,8", "127,8",
            "128,9", "142,9", "143,10", "1440,96"})
    void minutesReadTheCmsTableAndTheSamePatternBeyondIt(int minutes, int units) {
        assertThat(FifteenMinuteTable.unitsFor(minutes)).isEqualTo(units);
    }

    @ParameterizedTest(name = "{0} minutes of an hourly code are {1} units")
    @CsvSource({"0,0", "30,0", "31,1", "60,1", "90,1", "91,2", "150,2", "151,3"})
    void hourlyCodesReachAUnitOncePastTheHalfHour(int minutes, int units) {
        assertThat(FifteenMinuteTable.hoursFor(minutes)).isEqualTo(units);
    }

    @ParameterizedTest(name = "{0} units need at least {1} minutes")
    @CsvSource({"0,0", "1,8", "2,23", "3,38", "8,113"})
    void theFewestMinutesThatBillSomeUnitsAreTheFirstRowOfThatUnitInTheTable(int units, int minutes) {
        assertThat(FifteenMinuteTable.minimumMinutesFor(units)).isEqualTo(minutes);
        assertThat(FifteenMinuteTable.unitsFor(minutes)).isEqualTo(units);
        if (minutes > 0) {
            assertThat(FifteenMinuteTable.unitsFor(minutes - 1)).isEqualTo(units - 1);
        }
    }

    @Test
    void negativeMinutesAreRefused() {
        assertThatThrownBy(() -> FifteenMinuteTable.unitsFor(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}

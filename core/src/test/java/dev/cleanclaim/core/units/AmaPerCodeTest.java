package dev.cleanclaim.core.units;

import org.junit.jupiter.api.Test;

import static dev.cleanclaim.core.units.Services.ama;
import static dev.cleanclaim.core.units.Services.medicare;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The AMA/CPT per-code method, each case beside what the Medicare method gives. */
class AmaPerCodeTest {

    @Test
    void tenMinutesOfThreeCodesBillThreeUnitsUnderAmaButTwoUnderMedicare() {
        assertThat(ama("97110=10", "97140=10", "97112=10"))
                .containsExactly(entry("97110", 1), entry("97140", 1), entry("97112", 1));
        assertThat(medicare("97110=10", "97140=10", "97112=10").values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(2);
    }

    @Test
    void seed001ExampleBillsTwoUnitsUnderAmaBecauseSevenMinutesAloneReachNoUnit() {
        assertThat(ama("97110=33", "97140=7")).containsExactly(entry("97110", 2), entry("97140", 0));
        assertThat(medicare("97110=33", "97140=7")).containsExactly(entry("97110", 2), entry("97140", 1));
    }

    @Test
    void eachCodeReadsTheEightMinuteTableOnItsOwn() {
        assertThat(ama("97124=8", "97140=22", "97112=23", "97110=7"))
                .containsExactly(entry("97124", 1), entry("97140", 1), entry("97112", 2), entry("97110", 0));
    }

    @Test
    void remaindersAreNeverPooledAcrossCodes() {
        // 7 + 7 = 14 minutes: no code reaches 8 on its own. Medicare pools them (14 minutes = 1 unit).
        assertThat(ama("97110=7", "97140=7")).containsOnly(entry("97110", 0), entry("97140", 0));
        assertThat(medicare("97110=7", "97140=7")).containsOnly(entry("97110", 1), entry("97140", 0));
    }

    @Test
    void totalsCountOnlyFifteenMinuteTimedCodes() {
        UnitResult result = UnitCalculator.calculate(UnitMethod.AMA, Services.of("97110=10", "97140=10", "97112=10", "97010=15"));

        assertThat(result.method()).isEqualTo(UnitMethod.AMA);
        assertThat(result.totalTimedMinutes()).isEqualTo(30);
        assertThat(result.totalUnits()).isEqualTo(3);
    }

    @Test
    void twoEntriesOfOneCodeAreAddedBeforeTheTableIsRead() {
        assertThat(ama("97140=5", "97140=5")).containsExactly(entry("97140", 1));
    }
}

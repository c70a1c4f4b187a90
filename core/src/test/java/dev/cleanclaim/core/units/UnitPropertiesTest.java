package dev.cleanclaim.core.units;

import dev.cleanclaim.core.catalog.UnitBasis;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties over generated visits. Each case is a fixed seed, so a failure names the seed that reproduces it.
 */
class UnitPropertiesTest {

    private static final List<String> TIMED = List.of("97110", "97112", "97124", "97140", "97530", "97035", "97116");
    private static final List<String> UNTIMED = List.of("97010", "97012", "98940");

    static LongStream seeds() {
        return LongStream.range(1, 501);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void medicareTotalUnitsAlwaysEqualTheTableValueForTheTotalTimedMinutes(long seed) {
        UnitResult result = UnitCalculator.calculate(UnitMethod.MEDICARE, generate(seed));

        assertThat(result.totalUnits()).isEqualTo(FifteenMinuteTable.unitsFor(result.totalTimedMinutes()));
        assertThat(result.lines().stream().filter(UnitLine::countsTowardTimedTotals).mapToInt(UnitLine::units).sum())
                .isEqualTo(result.totalUnits());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noCodeGetsMoreUnitsThanItsMinutesSupportNorFewerThanItsFullQuarterHours(long seed) {
        for (UnitMethod method : UnitMethod.values()) {
            for (UnitLine line : UnitCalculator.calculate(method, generate(seed)).lines()) {
                if (line.basis() == UnitBasis.TIMED_15) {
                    int ceiling = (line.minutes() + 14) / 15;
                    assertThat(line.units()).as("%s %s", method, line)
                            .isBetween(line.minutes() / 15, Math.max(ceiling, 0));
                } else {
                    assertThat(line.units()).as("%s %s", method, line).isEqualTo(1);
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theResultDoesNotDependOnTheOrderServicesWereEntered(long seed) {
        List<ServiceTime> services = generate(seed);
        List<ServiceTime> shuffled = new ArrayList<>(services);
        Collections.shuffle(shuffled, new Random(seed * 31));
        for (UnitMethod method : UnitMethod.values()) {
            UnitResult original = UnitCalculator.calculate(method, services);
            UnitResult reordered = UnitCalculator.calculate(method, shuffled);

            assertThat(Services.unitsByCode(reordered)).as(method.id())
                    .containsExactlyInAnyOrderEntriesOf(Services.unitsByCode(original));
            assertThat(reordered.totalTimedMinutes()).isEqualTo(original.totalTimedMinutes());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void amaUnitsAreTheTableValueOfEachCodesOwnMinutes(long seed) {
        for (UnitLine line : UnitCalculator.calculate(UnitMethod.AMA, generate(seed)).lines()) {
            if (line.basis() == UnitBasis.TIMED_15) {
                assertThat(line.units()).as(line.toString()).isEqualTo(FifteenMinuteTable.unitsFor(line.minutes()));
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyCodeAppearsOnExactlyOneLine(long seed) {
        List<ServiceTime> services = generate(seed);
        UnitResult result = UnitCalculator.calculate(UnitMethod.MEDICARE, services);
        Map<String, Integer> units = Services.unitsByCode(result);

        assertThat(result.lines()).hasSize(units.size());
        assertThat(units.keySet()).containsExactlyInAnyOrderElementsOf(
                services.stream().map(ServiceTime::code).distinct().toList());
    }

    /** One to six services, short and long, some codes repeated, some untimed; a day stays under 24 hours. */
    private static List<ServiceTime> generate(long seed) {
        Random random = new Random(seed);
        int count = 1 + random.nextInt(6);
        List<ServiceTime> services = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean untimed = random.nextInt(5) == 0;
            String code = untimed ? UNTIMED.get(random.nextInt(UNTIMED.size())) : TIMED.get(random.nextInt(TIMED.size()));
            int minutes = random.nextBoolean() ? random.nextInt(16) : random.nextInt(90);
            services.add(new ServiceTime(code, untimed ? UnitBasis.UNTIMED : UnitBasis.TIMED_15, minutes));
        }
        return services;
    }
}

package dev.cleanclaim.core.units;

import dev.cleanclaim.core.catalog.UnitBasis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test helpers: services written the way the CLI takes them ("97110=33"), units read back per code. */
final class Services {

    /** Untimed codes the tests use; every other code is a 15-minute timed code, 95180 is hourly. */
    private static final List<String> UNTIMED = List.of("97010", "97012", "98940", "98941", "97161");

    private Services() {
    }

    static List<ServiceTime> of(String... entries) {
        List<ServiceTime> services = new ArrayList<>();
        for (String entry : entries) {
            String[] parts = entry.split("=");
            services.add(new ServiceTime(parts[0], basisOf(parts[0]), Integer.parseInt(parts[1])));
        }
        return services;
    }

    static UnitBasis basisOf(String code) {
        if (UNTIMED.contains(code)) {
            return UnitBasis.UNTIMED;
        }
        return code.equals("95180") ? UnitBasis.HOURLY : UnitBasis.TIMED_15;
    }

    static Map<String, Integer> unitsByCode(UnitResult result) {
        Map<String, Integer> units = new LinkedHashMap<>();
        result.lines().forEach(line -> units.put(line.code(), line.units()));
        return units;
    }

    static Map<String, Integer> medicare(String... entries) {
        return unitsByCode(UnitCalculator.calculate(UnitMethod.MEDICARE, of(entries)));
    }

    static Map<String, Integer> ama(String... entries) {
        return unitsByCode(UnitCalculator.calculate(UnitMethod.AMA, of(entries)));
    }
}

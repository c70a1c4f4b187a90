package dev.cleanclaim.core.units;

import java.util.ArrayList;
import java.util.List;

/**
 * Units for the services of one date of service.
 *
 * <p>All entries of one code are added together first: since 2021-04-19 Medicare rejects a code split over
 * several lines of one date. 15-minute timed codes are shared out by the chosen {@link UnitMethod}; untimed and
 * per-session codes are one unit; hourly codes are units of an hour past its midpoint.
 */
public final class UnitCalculator {

    private UnitCalculator() {
    }

    public static UnitResult calculate(UnitMethod method, List<ServiceTime> services) {
        List<ServiceTime> merged = mergeByCode(services);
        List<ServiceTime> timed = new ArrayList<>(merged.size());
        for (ServiceTime service : merged) {
            if (service.basis().pooledByMedicare()) {
                timed.add(service);
            }
        }
        int[] timedUnits = method.allocation().allocate(timed);

        List<UnitLine> lines = new ArrayList<>(merged.size());
        int timedIndex = 0;
        int totalMinutes = 0;
        int totalUnits = 0;
        for (ServiceTime service : merged) {
            int units = switch (service.basis()) {
                case TIMED_15 -> timedUnits[timedIndex++];
                case UNTIMED, PER_SESSION -> 1;
                case HOURLY -> FifteenMinuteTable.hoursFor(service.minutes());
            };
            if (service.basis().pooledByMedicare()) {
                totalMinutes += service.minutes();
                totalUnits += units;
            }
            lines.add(new UnitLine(service.code(), service.basis(), service.minutes(), units));
        }
        return new UnitResult(method, totalMinutes, totalUnits, lines);
    }

    /** One entry per code, minutes added, in the order each code first appears. */
    static List<ServiceTime> mergeByCode(List<ServiceTime> services) {
        // A visit has a handful of services: scanning a short list beats hashing.
        List<ServiceTime> merged = new ArrayList<>(services.size());
        for (ServiceTime service : services) {
            int existing = indexOf(merged, service.code());
            if (existing < 0) {
                merged.add(service);
            } else {
                merged.set(existing, add(merged.get(existing), service));
            }
        }
        return merged;
    }

    private static int indexOf(List<ServiceTime> services, String code) {
        for (int i = 0; i < services.size(); i++) {
            if (services.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    private static ServiceTime add(ServiceTime first, ServiceTime second) {
        if (first.basis() != second.basis()) {
            throw new IllegalArgumentException("code " + first.code() + " given with two unit bases");
        }
        // Callers check that a day's minutes add up to at most 24 hours; ServiceTime refuses more.
        return new ServiceTime(first.code(), first.basis(), first.minutes() + second.minutes());
    }
}

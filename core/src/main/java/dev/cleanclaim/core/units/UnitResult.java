package dev.cleanclaim.core.units;

import java.util.List;

/**
 * Units for one date of service.
 *
 * @param totalTimedMinutes minutes of 15-minute timed codes only; untimed and hourly codes never count
 * @param totalUnits        units of 15-minute timed codes only
 * @param lines             one line per code, in the order each code first appeared
 */
public record UnitResult(UnitMethod method, int totalTimedMinutes, int totalUnits, List<UnitLine> lines) {

    public UnitResult {
        lines = List.copyOf(lines);
    }
}

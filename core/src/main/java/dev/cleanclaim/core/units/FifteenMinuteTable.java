package dev.cleanclaim.core.units;

/**
 * The 8-minute table shared by both methods: 8-22 minutes = 1 unit, 23-37 = 2, 38-52 = 3, and so on.
 * A unit is reached once more than half of its 15 minutes (8 minutes) has passed.
 */
public final class FifteenMinuteTable {

    public static final int UNIT_MINUTES = 15;
    public static final int MINIMUM_BILLABLE_MINUTES = 8;

    private FifteenMinuteTable() {
    }

    public static int unitsFor(int minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes cannot be negative: " + minutes);
        }
        return (minutes + UNIT_MINUTES - MINIMUM_BILLABLE_MINUTES) / UNIT_MINUTES;
    }

    /** The inverse of {@link #unitsFor}: the fewest minutes that bill {@code units} units (0 for none). */
    public static int minimumMinutesFor(int units) {
        return units < 1 ? 0 : MINIMUM_BILLABLE_MINUTES + UNIT_MINUTES * (units - 1);
    }

    /** Hour-based codes follow the same midpoint idea: a unit once more than 30 minutes of the hour has passed. */
    public static int hoursFor(int minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes cannot be negative: " + minutes);
        }
        return (minutes + 29) / 60;
    }
}

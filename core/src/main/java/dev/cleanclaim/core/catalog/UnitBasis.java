package dev.cleanclaim.core.catalog;

/** How a code turns time into billed units. */
public enum UnitBasis {
    /** Billed in 15-minute units under the 8-minute rule (or the AMA midpoint rule). */
    TIMED_15,
    /** One unit per date of service, whatever the time spent. */
    UNTIMED,
    /** One unit per session; the claim must say what was done (unlisted codes). */
    PER_SESSION,
    /** Billed per hour, a unit reached when the half hour is passed. */
    HOURLY;

    public boolean pooledByMedicare() {
        return this == TIMED_15;
    }
}

package dev.cleanclaim.app.reports;

/** How a therapist's billed timed minutes on one day compare with the day itself. */
public enum DayLoad {
    ORDINARY,
    /** More than a 12-hour working day: possible, and worth a look before an auditor takes one. */
    LONG,
    /** More than the 1,440 minutes a day has: some of it cannot have happened as billed. */
    IMPOSSIBLE;

    public static final int WORKING_DAY_MINUTES = 12 * 60;
    public static final int WHOLE_DAY_MINUTES = 24 * 60;

    public static DayLoad of(int minutes) {
        if (minutes > WHOLE_DAY_MINUTES) {
            return IMPOSSIBLE;
        }
        return minutes > WORKING_DAY_MINUTES ? LONG : ORDINARY;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

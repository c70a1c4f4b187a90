package dev.cleanclaim.core.units;

import java.util.List;

/**
 * CMS total-time method (Pub 100-04, ch. 5, §20.2).
 *
 * <p>The total timed minutes of the day set the total units. Each full 15 minutes of a code is a unit of that
 * code; the units left over go, one each, to the codes with the largest remaining minutes. That single rule also
 * covers "several services of 7 minutes or less that reach 8 together bill one unit, for the longest". At most one
 * leftover unit goes to a code, and only to a code with minutes left over, so no code ever takes more units than
 * ceil(minutes / 15).
 *
 * <p>Ties on remaining minutes go to the code with more total minutes, then to the lower code number, so the
 * result never depends on the order the services were entered in.
 */
final class MedicareTotalTime implements TimedUnitAllocation {

    @Override
    public int[] allocate(List<ServiceTime> timed) {
        int n = timed.size();
        int[] units = new int[n];
        int totalMinutes = 0;
        int fullUnits = 0;
        for (int i = 0; i < n; i++) {
            int minutes = timed.get(i).minutes();
            totalMinutes += minutes;
            units[i] = minutes / FifteenMinuteTable.UNIT_MINUTES;
            fullUnits += units[i];
        }
        int leftover = FifteenMinuteTable.unitsFor(totalMinutes) - fullUnits;
        boolean[] tookLeftover = new boolean[n];
        for (int k = 0; k < leftover; k++) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (!tookLeftover[i] && (best < 0 || ranksBefore(timed.get(i), timed.get(best)))) {
                    best = i;
                }
            }
            tookLeftover[best] = true;
            units[best]++;
        }
        return units;
    }

    /** Larger remaining minutes first, then more minutes in all, then the lower code number. */
    private static boolean ranksBefore(ServiceTime a, ServiceTime b) {
        int remainderA = a.minutes() % FifteenMinuteTable.UNIT_MINUTES;
        int remainderB = b.minutes() % FifteenMinuteTable.UNIT_MINUTES;
        if (remainderA != remainderB) {
            return remainderA > remainderB;
        }
        if (a.minutes() != b.minutes()) {
            return a.minutes() > b.minutes();
        }
        return a.code().compareTo(b.code()) < 0;
    }
}

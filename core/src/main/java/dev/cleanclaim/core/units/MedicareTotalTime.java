package dev.cleanclaim.core.units;

import java.util.Arrays;
import java.util.Comparator;
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
        if (leftover > 0) {
            Integer[] byClaimOnLeftover = byLargestRemainder(timed);
            for (int k = 0; k < leftover; k++) {
                units[byClaimOnLeftover[k]]++;
            }
        }
        return units;
    }

    private static Integer[] byLargestRemainder(List<ServiceTime> timed) {
        Integer[] order = new Integer[timed.size()];
        Arrays.setAll(order, i -> i);
        Comparator<Integer> rank = Comparator
                .<Integer>comparingInt(i -> timed.get(i).minutes() % FifteenMinuteTable.UNIT_MINUTES).reversed()
                .thenComparing(Comparator.<Integer>comparingInt(i -> timed.get(i).minutes()).reversed())
                .thenComparing(i -> timed.get(i).code());
        Arrays.sort(order, rank);
        return order;
    }
}

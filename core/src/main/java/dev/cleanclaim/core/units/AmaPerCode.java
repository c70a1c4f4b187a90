package dev.cleanclaim.core.units;

import java.util.List;

/** AMA/CPT "rule of eights": every code reads the 8-minute table on its own minutes; remainders are never pooled. */
final class AmaPerCode implements TimedUnitAllocation {

    @Override
    public int[] allocate(List<ServiceTime> timed) {
        int[] units = new int[timed.size()];
        for (int i = 0; i < units.length; i++) {
            units[i] = FifteenMinuteTable.unitsFor(timed.get(i).minutes());
        }
        return units;
    }
}

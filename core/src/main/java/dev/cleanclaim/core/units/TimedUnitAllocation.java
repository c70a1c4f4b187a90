package dev.cleanclaim.core.units;

import java.util.List;

/** Shares units among the 15-minute timed codes of one date; one strategy per {@link UnitMethod}. */
sealed interface TimedUnitAllocation permits MedicareTotalTime, AmaPerCode {

    /**
     * @param timed one entry per distinct code, minutes already added together
     * @return the units of each entry, index for index
     */
    int[] allocate(List<ServiceTime> timed);
}

package dev.cleanclaim.core.units;

import dev.cleanclaim.core.catalog.UnitBasis;

/** The units one code gets on one date of service. */
public record UnitLine(String code, UnitBasis basis, int minutes, int units) {

    public boolean countsTowardTimedTotals() {
        return basis.pooledByMedicare();
    }
}

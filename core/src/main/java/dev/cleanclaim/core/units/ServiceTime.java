package dev.cleanclaim.core.units;

import dev.cleanclaim.core.catalog.UnitBasis;

import java.util.Objects;

/** One service's code, how it is unitised, and its documented one-on-one minutes. */
public record ServiceTime(String code, UnitBasis basis, int minutes) {

    /** A day has 1440 minutes; more than that on one code is a typing error, not a service. */
    public static final int MAX_MINUTES = 24 * 60;

    public ServiceTime {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(basis, "basis");
        if (minutes < 0 || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException(code + ": minutes must be 0 to " + MAX_MINUTES + ", got " + minutes);
        }
    }
}

package dev.cleanclaim.core.payer;

import dev.cleanclaim.core.units.UnitMethod;

import java.util.Objects;

/**
 * A payer cleanclaim bills, as rule data describes it.
 *
 * @param unitMethodSource why this payer uses that unit method (a citation, shown in findings)
 */
public record Payer(String id, String name, UnitMethod unitMethod, String unitMethodSource) {

    public Payer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unitMethod, "unitMethod");
        Objects.requireNonNull(unitMethodSource, "unitMethodSource");
    }
}

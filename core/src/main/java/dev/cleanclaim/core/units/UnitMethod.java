package dev.cleanclaim.core.units;

import java.util.Arrays;
import java.util.Optional;

/** How 15-minute timed codes become units; a payer's rule data chooses one. */
public enum UnitMethod {
    /** CMS total-time method (Pub 100-04 ch. 5 §20.2): timed minutes are pooled across codes. */
    MEDICARE("medicare", new MedicareTotalTime()),
    /** AMA/CPT midpoint rule: each code on its own, no pooling of remainders. */
    AMA("ama", new AmaPerCode());

    private final String id;
    private final TimedUnitAllocation allocation;

    UnitMethod(String id, TimedUnitAllocation allocation) {
        this.id = id;
        this.allocation = allocation;
    }

    public String id() {
        return id;
    }

    TimedUnitAllocation allocation() {
        return allocation;
    }

    public static Optional<UnitMethod> parse(String text) {
        return Arrays.stream(values()).filter(method -> method.id.equalsIgnoreCase(text.trim())).findFirst();
    }
}

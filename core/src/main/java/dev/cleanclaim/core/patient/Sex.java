package dev.cleanclaim.core.patient;

import java.util.Arrays;
import java.util.Optional;

/** Administrative sex as claims carry it (DMG03; CMS-1500 boxes 3 and 11a). */
public enum Sex {
    F, M, U;

    public static Optional<Sex> parse(String text) {
        return Arrays.stream(values()).filter(sex -> sex.name().equalsIgnoreCase(text.trim())).findFirst();
    }
}

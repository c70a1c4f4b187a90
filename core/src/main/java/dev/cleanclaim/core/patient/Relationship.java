package dev.cleanclaim.core.patient;

import java.util.Arrays;
import java.util.Optional;

/** The patient's relationship to the subscriber, with its X12 individual relationship code (SBR02/PAT01). */
public enum Relationship {
    SELF("18"), SPOUSE("01"), CHILD("19"), OTHER("G8");

    private final String x12Code;

    Relationship(String x12Code) {
        this.x12Code = x12Code;
    }

    public String x12Code() {
        return x12Code;
    }

    public static Optional<Relationship> parse(String text) {
        return Arrays.stream(values()).filter(value -> value.name().equalsIgnoreCase(text.trim())).findFirst();
    }
}

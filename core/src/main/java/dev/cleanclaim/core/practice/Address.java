package dev.cleanclaim.core.practice;

import java.util.Objects;
import java.util.Optional;

/** A U.S. postal address as claims carry it (N3/N4 in the 837P; boxes 5, 32, 33 of the CMS-1500). */
public record Address(String line1, Optional<String> line2, String city, String state, String zip) {

    public Address {
        Objects.requireNonNull(line1, "line1");
        Objects.requireNonNull(line2, "line2");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(zip, "zip");
    }
}

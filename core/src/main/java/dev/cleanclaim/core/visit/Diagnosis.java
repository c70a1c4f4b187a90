package dev.cleanclaim.core.visit;

import dev.cleanclaim.core.region.BodyRegion;

import java.util.List;
import java.util.Objects;

/** An ICD-10-CM diagnosis (dotted form) and the body regions it concerns. */
public record Diagnosis(String code, List<BodyRegion> regions) {

    public Diagnosis {
        Objects.requireNonNull(code, "code");
        regions = List.copyOf(regions);
    }
}

package dev.cleanclaim.core.region;

import java.util.Objects;

/** A body region a service was performed on or a diagnosis concerns, e.g. "lumbar" or "left-shoulder". */
public record BodyRegion(String id, RegionKind kind, String label) {

    public BodyRegion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
    }
}

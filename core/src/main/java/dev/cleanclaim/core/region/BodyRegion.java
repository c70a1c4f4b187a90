package dev.cleanclaim.core.region;

import java.util.Objects;

/** A body region a service was performed on or a diagnosis concerns, e.g. "lumbar" or "left-shoulder". */
public record BodyRegion(String id, RegionKind kind, String label) {

    public BodyRegion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
    }

    // The id names a region (the catalog refuses duplicates), and regions are compared on every claim line.
    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof BodyRegion region && id.equals(region.id));
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}

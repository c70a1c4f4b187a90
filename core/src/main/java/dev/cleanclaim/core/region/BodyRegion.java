package dev.cleanclaim.core.region;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A body region a service was performed on or a diagnosis concerns, e.g. "lumbar" or "left-shoulder".
 *
 * @param suggestedDiagnosis    an ICD-10-CM code a screen may offer when a line on this region lacks a diagnosis of
 *                              it (a symptom code such as M25.512 "Pain in left shoulder"); the clinician confirms it
 * @param subluxationDiagnoses  the ICD-10-CM subluxation codes (segmental and somatic dysfunction, M99.0x) of this
 *                              spinal region, e.g. M99.03 for lumbar: a Medicare manipulation of the region is paid
 *                              only for one of them
 */
public record BodyRegion(String id, RegionKind kind, String label, Optional<String> suggestedDiagnosis,
                         List<String> subluxationDiagnoses) {

    public BodyRegion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(suggestedDiagnosis, "suggestedDiagnosis");
        subluxationDiagnoses = List.copyOf(subluxationDiagnoses);
    }

    public BodyRegion(String id, RegionKind kind, String label, Optional<String> suggestedDiagnosis) {
        this(id, kind, label, suggestedDiagnosis, List.of());
    }

    public BodyRegion(String id, RegionKind kind, String label) {
        this(id, kind, label, Optional.empty());
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

package dev.cleanclaim.store;

import dev.cleanclaim.core.lifecycle.ClaimStatus;

import java.util.Objects;

/** One move a new claim makes as it is stored (scrubbed, then ready), with the note its history keeps. */
public record StatusStep(ClaimStatus target, String note) {
    public StatusStep {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(note, "note");
    }
}

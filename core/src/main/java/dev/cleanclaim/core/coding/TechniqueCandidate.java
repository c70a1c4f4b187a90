package dev.cleanclaim.core.coding;

import java.util.Objects;
import java.util.Set;

/**
 * A code the coder offers for a technique it cannot code on its own, and when that code fits. Offering the likely
 * codes turns "unknown technique" from a dead end into a choice the biller makes from the notes.
 *
 * @param when       what the code is for in a biller's words, read after the code and "for": "massage strokes"
 * @param techniques the techniques (normalized names) this candidate is offered for because several codes fit them
 *                   (dry needling: 20560 or 20561 by the muscles needled); empty for a candidate offered for any
 *                   technique the map lacks
 */
public record TechniqueCandidate(String code, String when, Set<String> techniques) {

    public TechniqueCandidate {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(when, "when");
        techniques = Set.copyOf(techniques);
    }

    boolean isGeneral() {
        return techniques.isEmpty();
    }
}

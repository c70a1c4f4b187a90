package dev.cleanclaim.store;

import java.util.Locale;
import java.util.Optional;

/**
 * What a change to a patient or a visit was. Only the writes that exist are named: patients and visits are created
 * and updated, never deleted or deactivated (claims and the audit log point at them); two records of one person are
 * merged, the merged one kept read-only ({@link PatientMergeStore}).
 */
public enum ChangeKind {
    CREATED, UPDATED, MERGED;

    /** The word kept in the history and shown by the API ("created"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<ChangeKind> parse(String id) {
        for (ChangeKind kind : values()) {
            if (kind.id().equals(id)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}

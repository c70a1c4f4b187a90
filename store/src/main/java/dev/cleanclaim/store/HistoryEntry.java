package dev.cleanclaim.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One change to a patient or a visit: who made it, when, which version of the record it made, and what changed.
 *
 * @param recordId the patient's or the visit's id
 * @param version  the version the change made (0 for the create)
 * @param changes  the fields that changed; a create lists every field it set; a save that changed nothing, none
 */
public record HistoryEntry(long id, long recordId, int version, Instant occurredAt, String user, ChangeKind kind,
                           List<FieldChange> changes) {
    public HistoryEntry {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(kind, "kind");
        changes = List.copyOf(changes);
    }
}

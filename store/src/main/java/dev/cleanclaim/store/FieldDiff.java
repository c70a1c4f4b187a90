package dev.cleanclaim.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The fields that differ between two flattened versions of a record, in the record's own field order. */
final class FieldDiff {

    private FieldDiff() {
    }

    static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            Optional<String> was = Optional.ofNullable(before.get(field));
            Optional<String> now = Optional.ofNullable(after.get(field));
            if (!was.equals(now)) {
                changes.add(new FieldChange(field, was, now));
            }
        }
        return changes;
    }

    /** What a create changed: every field it set. */
    static List<FieldChange> created(Map<String, String> fields) {
        return between(Map.of(), fields);
    }

    /** The audit note's detail followed by the names (never the values) of the fields that changed. */
    static AuditNote audited(AuditNote audit, List<FieldChange> changes) {
        return new AuditNote(audit.user(), audit.remoteAddress(), audit.action(),
                Optional.of(audit.detail().map(detail -> detail + ": ").orElse("") + names(changes)));
    }

    /** The changed fields' names for the audit log, which names fields but never their contents. */
    static String names(List<FieldChange> changes) {
        if (changes.isEmpty()) {
            return "no field changed";
        }
        List<String> names = changes.stream().map(FieldChange::field).toList();
        return "changed " + String.join(", ", names);
    }
}

package dev.cleanclaim.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A merge of two records of one person, as kept (V29): the record that survives, the one merged into it (kept,
 * read-only, pointing at the survivor), why, who and when, and what moved.
 */
public record PatientMerge(long id, long survivorId, long mergedId, String reason, Moved moved, Instant mergedAt,
                           String mergedBy) {
    public PatientMerge {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(moved, "moved");
        Objects.requireNonNull(mergedAt, "mergedAt");
        Objects.requireNonNull(mergedBy, "mergedBy");
    }

    /**
     * What went from the merged record to the survivor, by id.
     *
     * @param insurance whether the merged record's insurance became the survivor's (the survivor had none)
     * @param history   how many history entries of the merged record now tell the survivor's history
     */
    public record Moved(List<Long> visits, List<Long> claims, List<Long> payments, List<Long> referrals,
                        List<Long> notices, boolean insurance, int history) {
        public Moved {
            visits = List.copyOf(visits);
            claims = List.copyOf(claims);
            payments = List.copyOf(payments);
            referrals = List.copyOf(referrals);
            notices = List.copyOf(notices);
        }
    }
}

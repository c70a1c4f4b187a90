package dev.cleanclaim.store;

import dev.cleanclaim.core.lifecycle.ClaimStatus;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which claims a list shows: any combination of status, payer and a date-of-service range; empty means all. The list
 * is paged: at most {@code limit} claims, after skipping the first {@code offset} (newest first).
 *
 * @param therapistId only claims of patients whose therapist is this provider
 */
public record ClaimFilter(Optional<ClaimStatus> status, Optional<String> payerId, Optional<LocalDate> from,
                          Optional<LocalDate> through, Optional<Long> therapistId, int limit, long offset) {

    public static final ClaimFilter ALL = new ClaimFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), 500);

    public ClaimFilter {
        if (limit < 1 || limit > 5000) {
            throw new IllegalArgumentException("limit must be 1 to 5000, got " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more, got " + offset);
        }
    }

    /** The first page. */
    public ClaimFilter(Optional<ClaimStatus> status, Optional<String> payerId, Optional<LocalDate> from,
                       Optional<LocalDate> through, Optional<Long> therapistId, int limit) {
        this(status, payerId, from, through, therapistId, limit, 0);
    }

    public ClaimFilter(Optional<ClaimStatus> status, Optional<String> payerId, Optional<LocalDate> from,
                       Optional<LocalDate> through, int limit) {
        this(status, payerId, from, through, Optional.empty(), limit);
    }

    /** Only claims of the therapist's own patients. */
    public ClaimFilter ofTherapist(long providerId) {
        return new ClaimFilter(status, payerId, from, through, Optional.of(providerId), limit, offset);
    }

    /** The same claims, {@code limit} of them after the first {@code offset}. */
    public ClaimFilter page(int limit, long offset) {
        return new ClaimFilter(status, payerId, from, through, therapistId, limit, offset);
    }
}

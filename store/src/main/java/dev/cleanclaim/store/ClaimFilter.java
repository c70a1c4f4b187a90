package dev.cleanclaim.store;

import dev.cleanclaim.core.lifecycle.ClaimStatus;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which claims a list shows: any combination of status, payer and a date-of-service range; empty means all.
 *
 * @param therapistId only claims of patients whose therapist is this provider
 */
public record ClaimFilter(Optional<ClaimStatus> status, Optional<String> payerId, Optional<LocalDate> from,
                          Optional<LocalDate> through, Optional<Long> therapistId, int limit) {

    public static final ClaimFilter ALL = new ClaimFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), 500);

    public ClaimFilter {
        if (limit < 1 || limit > 5000) {
            throw new IllegalArgumentException("limit must be 1 to 5000, got " + limit);
        }
    }

    public ClaimFilter(Optional<ClaimStatus> status, Optional<String> payerId, Optional<LocalDate> from,
                       Optional<LocalDate> through, int limit) {
        this(status, payerId, from, through, Optional.empty(), limit);
    }

    /** Only claims of the therapist's own patients. */
    public ClaimFilter ofTherapist(long providerId) {
        return new ClaimFilter(status, payerId, from, through, Optional.of(providerId), limit);
    }
}

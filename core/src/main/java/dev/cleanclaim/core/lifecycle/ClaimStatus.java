package dev.cleanclaim.core.lifecycle;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a claim is in its life: drafted from a visit, scrubbed, ready to send, submitted, then paid, denied or
 * appealed. A denied claim may be corrected (back to scrubbed) or appealed. A payer's reversal (835 CLP02 = 22)
 * takes its payment or denial back, so a paid or denied claim reopens as submitted until the payer decides again.
 */
public enum ClaimStatus {
    DRAFT, SCRUBBED, READY, SUBMITTED, PAID, DENIED, APPEALED;

    /** The statuses a claim may move to from this one. */
    public Set<ClaimStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SCRUBBED);
            case SCRUBBED -> EnumSet.of(SCRUBBED, READY);
            case READY -> EnumSet.of(SCRUBBED, SUBMITTED);
            case SUBMITTED -> EnumSet.of(PAID, DENIED);
            case DENIED -> EnumSet.of(SCRUBBED, APPEALED, SUBMITTED);
            case APPEALED -> EnumSet.of(PAID, DENIED);
            case PAID -> EnumSet.of(SUBMITTED);
        };
    }

    public boolean canMoveTo(ClaimStatus target) {
        return next().contains(target);
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ClaimStatus> parse(String text) {
        for (ClaimStatus status : values()) {
            if (status.id().equalsIgnoreCase(text.trim())) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}

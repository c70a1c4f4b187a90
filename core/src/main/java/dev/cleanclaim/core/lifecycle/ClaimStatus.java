package dev.cleanclaim.core.lifecycle;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a claim is in its life. Made from a visit (draft), scrubbed, ready to send, submitted in a batch; the
 * clearinghouse or payer then accepts or rejects it (999, 277CA), and the payer's 835 pays it, pays part of it or
 * denies it. A decided claim may be appealed, or corrected or voided by a new claim (frequency 7 or 8) that points
 * back to it; a claim nobody will bill again is closed.
 *
 * <p>A rejected claim never reached adjudication, so it is fixed and sent again as itself; a claim the payer accepted
 * is never rewritten, only corrected by a new claim. A payer's reversal (835 CLP02 = 22) takes its decision back, so
 * a decided claim reopens as submitted until the payer decides again.
 */
public enum ClaimStatus {
    DRAFT, SCRUBBED, READY, SUBMITTED, ACCEPTED, REJECTED, PAID, PARTLY_PAID, DENIED, APPEALED, CORRECTED, VOIDED,
    CLOSED;

    /** The statuses a claim may move to from this one. */
    public Set<ClaimStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SCRUBBED);
            case SCRUBBED -> EnumSet.of(SCRUBBED, READY, CLOSED);
            case READY -> EnumSet.of(SCRUBBED, SUBMITTED, CLOSED);
            case SUBMITTED -> EnumSet.of(ACCEPTED, REJECTED, PAID, PARTLY_PAID, DENIED);
            case ACCEPTED -> EnumSet.of(REJECTED, PAID, PARTLY_PAID, DENIED, CORRECTED, VOIDED);
            case REJECTED -> EnumSet.of(SCRUBBED, CLOSED);
            case PAID -> EnumSet.of(SUBMITTED, APPEALED, CORRECTED, VOIDED, CLOSED);
            case PARTLY_PAID -> EnumSet.of(SUBMITTED, PAID, APPEALED, CORRECTED, VOIDED, CLOSED);
            case DENIED -> EnumSet.of(SUBMITTED, APPEALED, CORRECTED, VOIDED, CLOSED);
            case APPEALED -> EnumSet.of(PAID, PARTLY_PAID, DENIED, CLOSED);
            case CORRECTED, VOIDED, CLOSED -> EnumSet.noneOf(ClaimStatus.class);
        };
    }

    public boolean canMoveTo(ClaimStatus target) {
        return next().contains(target);
    }

    /**
     * Whether the claim's contents may still change: a new version by re-scrubbing, its visit and patient edited.
     * A rejected claim is fixed and sent again; every other claim past ready is frozen as it was sent.
     */
    public boolean isOpenForChange() {
        return this == DRAFT || this == SCRUBBED || this == READY || this == REJECTED;
    }

    /** Whether the claim left the practice at least once and may come back in a 999, 277CA or 835. */
    public boolean wasSent() {
        return this != DRAFT && this != SCRUBBED && this != READY;
    }

    /**
     * Whether only billing staff may move a claim here: sending it, recording what the payer did, correcting or
     * closing it. A therapist's own work ends when the claim is ready.
     */
    public boolean isBillingMove() {
        return this != SCRUBBED && this != READY;
    }

    /**
     * Whether the payer holds the claim as it was made from its visit, so the visit must not change: sent and
     * waiting, accepted, decided or appealed. A rejected claim is fixed through its visit; a corrected, voided or
     * closed one is done, and its correction (a claim of its own) holds the visit once it is sent.
     */
    public boolean holdsItsVisit() {
        return this == SUBMITTED || this == ACCEPTED || this == PAID || this == PARTLY_PAID || this == DENIED
                || this == APPEALED;
    }

    /** Whether a replacement (frequency 7) or void (8) may correct it: the payer has it and knows it by number. */
    public boolean isCorrectable() {
        return this == ACCEPTED || this == PAID || this == PARTLY_PAID || this == DENIED;
    }

    /** Nothing more will happen to the claim. */
    public boolean isFinal() {
        return next().isEmpty();
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status in words, for pages and messages ("partly paid"). */
    public String words() {
        return id().replace('_', ' ');
    }

    public static Optional<ClaimStatus> parse(String text) {
        String wanted = text.trim().replace(' ', '_').replace('-', '_');
        for (ClaimStatus status : values()) {
            if (status.id().equalsIgnoreCase(wanted)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}

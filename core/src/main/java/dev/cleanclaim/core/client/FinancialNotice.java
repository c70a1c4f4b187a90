package dev.cleanclaim.core.client;

import dev.cleanclaim.core.money.Money;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A financial responsibility notice the client signed: their plan will not pay for these services (and why), and
 * they agree to pay for them themselves. It is what lets a visit the plan won't pay move to self-pay; without one
 * on file the practice may not bill the client for what the plan was expected to cover.
 *
 * @param payerId       the plan that will not pay (a payer id of the practice's directory or a pack)
 * @param codes         the services it covers, as procedure codes (97124, 97140, ...)
 * @param visitId       the one visit it covers; empty: every visit of those services in the period
 * @param coversFrom    the first date of service it covers
 * @param coversThrough the last date of service it covers
 * @param estimate      the cost per visit the client was told, when one was
 * @param signedOn      the day the client signed it
 * @param signedBy      who signed: the client, or their parent, guardian or representative, by name
 */
public record FinancialNotice(String payerId, Reason reason, List<String> codes, Optional<Long> visitId,
                              LocalDate coversFrom, LocalDate coversThrough, Optional<Money> estimate, LocalDate signedOn,
                              String signedBy) {

    /** Why the plan will not pay, in the words the notice gives the client. */
    public enum Reason {
        EXCLUDED_SERVICE("the plan excludes the service"),
        PROVIDER_NOT_ELIGIBLE("the plan does not pay this kind of provider for it"),
        NO_REFERRAL("the plan requires a referral, and none is on file"),
        VISITS_USED_UP("the visits the plan pays for are used up"),
        NOT_MEDICALLY_NECESSARY("the plan does not consider it medically necessary");

        private final String words;

        Reason(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<Reason> parse(String id) {
            for (Reason reason : values()) {
                if (reason.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
                    return Optional.of(reason);
                }
            }
            return Optional.empty();
        }
    }

    public FinancialNotice {
        Objects.requireNonNull(payerId, "payerId");
        Objects.requireNonNull(reason, "reason");
        codes = List.copyOf(codes);
        Objects.requireNonNull(visitId, "visitId");
        Objects.requireNonNull(coversFrom, "coversFrom");
        Objects.requireNonNull(coversThrough, "coversThrough");
        Objects.requireNonNull(estimate, "estimate");
        Objects.requireNonNull(signedOn, "signedOn");
        Objects.requireNonNull(signedBy, "signedBy");
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("a notice names at least one service");
        }
        if (coversThrough.isBefore(coversFrom)) {
            throw new IllegalArgumentException("a notice's period ends before it starts");
        }
        if (signedBy.isBlank()) {
            throw new IllegalArgumentException("a notice names who signed it");
        }
    }

    /**
     * Whether the notice covers a visit: the visit it names, or (naming none) a visit in its period; either way
     * every service billed on the visit must be one the notice lists.
     */
    public boolean covers(long visit, LocalDate dateOfService, Collection<String> billedCodes) {
        boolean theVisit = visitId.map(id -> id == visit).orElse(true);
        boolean inPeriod = !dateOfService.isBefore(coversFrom) && !dateOfService.isAfter(coversThrough);
        return theVisit && inPeriod && codes.containsAll(billedCodes);
    }
}

package dev.cleanclaim.app.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * How often each payer denies, and which rules should have caught the denials: the numbers a payer pack is tuned by.
 *
 * @param byRule   denial adjustments per payer and traced rule; an adjustment traced to two rules counts under both
 * @param untraced denial adjustments whose reason no trace leads from, per payer and code
 */
public record Denials(Period period, List<PayerRate> byPayer, PayerRate total, List<RuleDenials> byRule,
                      List<UntracedDenials> untraced) {

    public Denials {
        Objects.requireNonNull(period, "period");
        byPayer = List.copyOf(byPayer);
        Objects.requireNonNull(total, "total");
        byRule = List.copyOf(byRule);
        untraced = List.copyOf(untraced);
    }

    /**
     * @param adjudicated claims of the period the payer answered with at least one posted payment
     * @param denied      of those, claims it denied in whole or on a line
     */
    public record PayerRate(String payerId, String payerName, long adjudicated, long denied) {
        public PayerRate {
            Objects.requireNonNull(payerId, "payerId");
            Objects.requireNonNull(payerName, "payerName");
        }

        /** Denied claims per hundred adjudicated, to one decimal, rounded half up (0.0 when none were adjudicated). */
        public BigDecimal ratePercent() {
            if (adjudicated == 0) {
                return BigDecimal.ZERO.setScale(1);
            }
            return BigDecimal.valueOf(denied).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(adjudicated), 1, RoundingMode.HALF_UP);
        }
    }

    /**
     * One rule's denials at one payer, split by what the scrub said about each claim.
     *
     * @param warned    the scrub flagged the claim and it was sent anyway
     * @param missed    the payer's pack runs the rule, yet it found nothing: the rule data may lack the case
     * @param notInPack the payer's pack does not run the rule: adding it would have caught the denial
     */
    public record RuleDenials(String payerId, String payerName, String ruleId, Tally warned, Tally missed,
                              Tally notInPack) {
        public Tally total() {
            return warned.plus(missed).plus(notInPack);
        }
    }

    /** @param code the adjustment as billers say it, "CO-97" */
    public record UntracedDenials(String payerId, String payerName, String code, String meaning, Tally tally) {
    }
}

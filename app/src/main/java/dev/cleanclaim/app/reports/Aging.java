package dev.cleanclaim.app.reports;

import dev.cleanclaim.core.money.Money;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Accounts receivable aging as of a day: what each payer still owes, by how long the claims have waited.
 *
 * @param claims every open claim with its age, oldest first
 */
public record Aging(LocalDate asOf, List<Row> rows, Row total, List<AgedClaim> claims) {

    public Aging {
        Objects.requireNonNull(asOf, "asOf");
        rows = List.copyOf(rows);
        Objects.requireNonNull(total, "total");
        claims = List.copyOf(claims);
    }

    /** One payer's open balances (or, for the total, every payer's). */
    public record Row(String payerId, String payerName, long claims, Map<AgingBucket, Money> amounts) {
        public Row {
            Objects.requireNonNull(payerId, "payerId");
            Objects.requireNonNull(payerName, "payerName");
            amounts = Map.copyOf(amounts);
        }

        public Money amount(AgingBucket bucket) {
            return amounts.getOrDefault(bucket, Money.ZERO);
        }

        public Money total() {
            return amounts.values().stream().reduce(Money.ZERO, Money::plus);
        }

        static Row of(String payerId, String payerName, List<AgedClaim> claims) {
            Map<AgingBucket, Money> amounts = new EnumMap<>(AgingBucket.class);
            for (AgedClaim claim : claims) {
                amounts.merge(claim.bucket(), claim.balance(), Money::plus);
            }
            return new Row(payerId, payerName, claims.size(), amounts);
        }
    }

    /**
     * @param agedFrom the day the claim was first sent, or its date of service when the history has no sending
     * @param days     whole days from {@code agedFrom} to the report's day
     */
    public record AgedClaim(long claimId, String controlNumber, String payerId, LocalDate dateOfService,
                            LocalDate agedFrom, long days, Money balance) {
        public AgingBucket bucket() {
            return AgingBucket.of(days);
        }
    }
}

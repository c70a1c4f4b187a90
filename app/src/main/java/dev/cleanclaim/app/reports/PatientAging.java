package dev.cleanclaim.app.reports;

import dev.cleanclaim.core.money.Money;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What patients owe the practice, as of a day, by how long ago the visits were: each patient's share that their
 * payments have not settled yet (oldest visits settled first), and the credits patients hold.
 */
public record PatientAging(LocalDate asOf, List<Row> rows) {

    public PatientAging {
        Objects.requireNonNull(asOf, "asOf");
        rows = List.copyOf(rows);
    }

    /**
     * One patient's open balance by age bracket, and the credit they hold (paid beyond everything owed so far).
     *
     * @param oldest the date of service of their oldest visit not fully paid; null when nothing is owed
     */
    public record Row(long patientId, String name, String accountNumber, Map<AgingBucket, Money> owed, Money credit,
                      LocalDate oldest) {
        public Row {
            owed = Map.copyOf(new EnumMap<>(owed));
        }

        public Money amount(AgingBucket bucket) {
            return owed.getOrDefault(bucket, Money.ZERO);
        }

        public Money total() {
            return owed.values().stream().reduce(Money.ZERO, Money::plus);
        }
    }

    public Row total() {
        Map<AgingBucket, Money> owed = new EnumMap<>(AgingBucket.class);
        for (AgingBucket bucket : AgingBucket.values()) {
            owed.put(bucket, rows.stream().map(row -> row.amount(bucket)).reduce(Money.ZERO, Money::plus));
        }
        return new Row(0, "All patients", "", owed, rows.stream().map(Row::credit).reduce(Money.ZERO, Money::plus), null);
    }
}

package dev.cleanclaim.rules;

import dev.cleanclaim.core.fees.FeeSchedule;
import dev.cleanclaim.core.money.Money;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads fees.csv: the practice's charge per unit of each code. */
final class FeeScheduleReader {

    static final String FILE = "fees.csv";

    private FeeScheduleReader() {
    }

    static FeeSchedule read(RuleDataSource source, String name) {
        Map<String, Money> fees = new HashMap<>();
        CsvRows.forEach(source, FILE, List.of("code", "per_unit", "source"), row -> {
            String code = row.required("code");
            Money fee = Money.parse(row.required("per_unit"));
            if (fee.cents() < 0) {
                throw new RuleDataException(row.location(), "a fee cannot be negative");
            }
            if (fees.put(code, fee) != null) {
                throw new RuleDataException(row.location(), "code " + code + " has two fees");
            }
        });
        return new FeeSchedule(name, fees);
    }
}

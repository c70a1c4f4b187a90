package dev.cleanclaim.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cleanclaim.core.money.Money;

import java.util.Optional;

/** Money in JSON: a string "2410.00" (preferred, exact) or a plain number; never through a double. */
final class MoneyField {

    private MoneyField() {
    }

    static Optional<Money> read(JsonNode parent, String field, String path, JsonFields fields) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        // a number as BigDecimal.toString, which keeps 1e999999999 short (toPlainString would write a billion zeros)
        String text = node.isTextual() ? node.asText() : node.isNumber() ? node.decimalValue().toString() : null;
        if (text != null) {
            try {
                Money amount = Money.parse(text);
                if (amount.cents() >= 0) {
                    return Optional.of(amount);
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        fields.problem(path, "expected an amount of dollars with at most two decimals, e.g. \"2410.00\", got "
                + JsonFields.describe(node));
        return Optional.empty();
    }
}

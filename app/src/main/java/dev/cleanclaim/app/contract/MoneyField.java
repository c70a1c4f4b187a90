package dev.cleanclaim.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.rules.YamlTree;

import java.util.Optional;

/**
 * Money in JSON or YAML: always a string of dollars, "2410.00". A number is refused, not read: JSON's 48.1 may
 * have passed through a double on the sender's side, so the amount the writer meant cannot be told from the one we
 * would store; an unquoted YAML 48.00 (kept as written, but marked by
 * {@link YamlTree}) is asked for its quotes too, so a file and the API accept the same (the README documents amounts
 * as strings).
 */
final class MoneyField {

    private MoneyField() {
    }

    static Optional<Money> read(JsonNode parent, String field, String path, JsonFields fields) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual() || node instanceof YamlTree.UnquotedNumber) {
            String got = node.isTextual() ? node.asText() + " without quotes" : JsonFields.describe(node);
            fields.problem(path, "expected dollars as a string, e.g. \"48.00\", got " + got);
            return Optional.empty();
        }
        try {
            Money amount = Money.parse(node.asText());
            if (amount.cents() >= 0) {
                return Optional.of(amount);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        fields.problem(path, "expected an amount of dollars in digits 0-9 with at most two decimals, e.g. \"48.00\", got "
                + JsonFields.describe(node));
        return Optional.empty();
    }
}

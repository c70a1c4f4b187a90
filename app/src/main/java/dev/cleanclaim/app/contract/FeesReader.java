package dev.cleanclaim.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cleanclaim.core.catalog.CodeCatalog;
import dev.cleanclaim.core.fees.FeeSchedule;
import dev.cleanclaim.core.fees.SessionPrice;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.ruledata.RuleData;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a practice file's fees: {@code fees} maps a code to its charge per unit ({@code "97140": "45.00"}), or a
 * code and modifier to the charge when billed with that modifier ({@code "97140-52": "30.00"}); {@code
 * sessionPrices} lists self-pay session prices ({@code {code: "97124", minutes: 60, price: "95.00"}}).
 */
final class FeesReader {

    private static final Set<String> SESSION = Set.of("code", "minutes", "price");

    private final PracticeFields fields;
    private final RuleData rules;

    FeesReader(PracticeFields fields, RuleData rules) {
        this.fields = fields;
        this.rules = rules;
    }

    /** Empty when the file sets no fees at all: the built-in schedule prices its claims then. */
    Optional<FeeSchedule> read(JsonNode root) {
        if (!root.has("fees") && !root.has("sessionPrices")) {
            return Optional.empty();
        }
        Map<String, Money> perUnit = new TreeMap<>();
        Map<String, Map<String, Money>> byModifier = new TreeMap<>();
        JsonNode fees = root.get("fees");
        if (fees != null && !fees.isNull()) {
            if (!fees.isObject()) {
                fields.json().problem("$.fees", "expected a map of code to charge per unit, e.g. {\"97140\": \"45.00\"}, got "
                        + JsonFields.describe(fees));
            } else {
                for (Iterator<String> keys = fees.fieldNames(); keys.hasNext(); ) {
                    fee(fees, keys.next(), perUnit, byModifier);
                }
            }
        }
        List<SessionPrice> sessions = sessions(root);
        return Optional.of(new FeeSchedule(PracticeFile.FEE_SCHEDULE_NAME, perUnit, byModifier, sessions));
    }

    private void fee(JsonNode fees, String key, Map<String, Money> perUnit, Map<String, Map<String, Money>> byModifier) {
        String path = "$.fees." + key;
        String[] parts = key.split("-", -1);
        if (parts.length > 2 || (parts.length == 2 && !parts[1].matches("[A-Za-z0-9]{2}"))) {
            fields.json().problem(path, "expected a code (97140) or a code and one modifier (97140-52), got \"" + key + "\"");
            return;
        }
        String code = CodeCatalog.normalize(parts[0]);
        if (rules.codes().find(code).isEmpty()) {
            fields.json().problem(path, "unknown code \"" + parts[0] + "\": not in cleanclaim's code catalog");
            return;
        }
        Optional<Money> amount = MoneyField.read(fees, key, path, fields.json());
        if (amount.isEmpty()) {
            return;
        }
        if (parts.length == 1) {
            perUnit.put(code, amount.get());
        } else {
            byModifier.computeIfAbsent(code, c -> new TreeMap<>()).put(parts[1].toUpperCase(java.util.Locale.ROOT), amount.get());
        }
    }

    private List<SessionPrice> sessions(JsonNode root) {
        Map<String, String> pathBySession = new HashMap<>();
        return fields.json().array(root, "sessionPrices", "$.sessionPrices", element -> {
            JsonNode node = element.node();
            String path = element.path();
            if (!fields.json().object(node, path, SESSION)) {
                return Optional.empty();
            }
            Optional<String> code = fields.json().text(node, "code", path + ".code", true, "a code, e.g. 97124")
                    .map(CodeCatalog::normalize);
            if (code.isPresent() && rules.codes().find(code.get()).isEmpty()) {
                fields.json().problem(path + ".code", "unknown code \"" + code.get() + "\": not in cleanclaim's code catalog");
                code = Optional.empty();
            }
            OptionalInt minutes = fields.count(node, "minutes", path + ".minutes", true, 1, 1440, "the session's minutes");
            if (!node.has("price")) {
                fields.json().problem(path + ".price", "missing; expected the session's price, e.g. \"95.00\"");
            }
            Optional<Money> price = MoneyField.read(node, "price", path + ".price", fields.json());
            if (code.isEmpty() || minutes.isEmpty() || price.isEmpty()) {
                return Optional.empty();
            }
            String earlier = pathBySession.putIfAbsent(code.get() + "/" + minutes.getAsInt(), path);
            if (earlier != null) {
                fields.json().problem(path, "a " + minutes.getAsInt() + "-minute " + code.get() + " session is already priced at " + earlier);
                return Optional.empty();
            }
            return Optional.of(new SessionPrice(code.get(), minutes.getAsInt(), price.get()));
        });
    }
}

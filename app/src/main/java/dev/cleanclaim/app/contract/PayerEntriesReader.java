package dev.cleanclaim.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cleanclaim.core.catalog.CodeCatalog;
import dev.cleanclaim.core.modifier.Modifiers;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.payer.ClaimFilingIndicator;
import dev.cleanclaim.core.practice.Address;
import dev.cleanclaim.core.practice.PayerAccount;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.units.UnitMethod;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a practice file's payer directory, in either form: the older map by id ({@code medicare: {name,
 * electronicId}}, the pack defaulting to the id) or a list of entries ({@code [{id, name, payerId, pack, ...}]}).
 * Ids and electronic payer ids are unique; each entry follows a pack the rules ship.
 */
final class PayerEntriesReader {

    private static final Set<String> MAP_FIELDS = Set.of("name", "electronicId", "payerId", "pack", "address",
            "claimFilingIndicator", "timelyFilingDays", "unitMethod", "distinctModifier", "contracted", "source");
    private static final Set<String> LIST_FIELDS;

    static {
        var fields = new java.util.HashSet<>(MAP_FIELDS);
        fields.add("id");
        LIST_FIELDS = Set.copyOf(fields);
    }

    /** Column widths of the payer_account table (store migration V1). */
    static final int ID = 40;
    static final int NAME = 60;
    static final int ELECTRONIC_ID = 80;
    static final int SOURCE = 300;

    private final PracticeFields fields;
    private final RuleData rules;

    PayerEntriesReader(PracticeFields fields, RuleData rules) {
        this.fields = fields;
        this.rules = rules;
    }

    Map<String, PayerAccount> read(JsonNode node) {
        JsonFields json = fields.json();
        Map<String, PayerAccount> payers = new LinkedHashMap<>();
        Map<String, String> pathByElectronicId = new HashMap<>();
        if (node != null && node.isArray() && !node.isEmpty()) {
            Map<String, String> pathById = new HashMap<>();
            for (int i = 0; i < node.size(); i++) {
                String path = "$.payers[" + i + "]";
                JsonNode entry = node.get(i);
                if (!json.object(entry, path, LIST_FIELDS)) {
                    continue;
                }
                Optional<String> id = id(entry, path);
                if (id.isPresent() && pathById.putIfAbsent(id.get(), path) != null) {
                    json.problem(path + ".id", "payer id " + id.get() + " is already " + pathById.get(id.get()) + "'s");
                    id = Optional.empty();
                }
                Optional<String> pack = json.text(entry, "pack", path + ".pack", true, "the payer pack whose rules it follows,"
                        + " one of " + String.join(", ", rules.payers().ids()));
                if (id.isPresent() && pack.isPresent() && !followsOwnPack(id.get(), pack.get(), path)) {
                    id = Optional.empty();
                }
                Optional<PayerAccount> account = pack.flatMap(packId -> account(entry, path, packId, pathByElectronicId));
                if (id.isPresent() && account.isPresent()) {
                    payers.put(id.get(), account.get());
                }
            }
        } else if (node != null && node.isObject() && !node.isEmpty()) {
            for (Iterator<Map.Entry<String, JsonNode>> entries = node.fields(); entries.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = entries.next();
                String path = "$.payers." + entry.getKey();
                if (!json.object(entry.getValue(), path, MAP_FIELDS)) {
                    continue;
                }
                if (entry.getKey().length() > ID) {
                    json.problem(path, "the payer id \"" + entry.getKey() + "\" is too long: at most " + ID + " characters");
                    continue;
                }
                String pack = json.text(entry.getValue(), "pack", path + ".pack", false, "a payer pack id").orElse(entry.getKey());
                if (!followsOwnPack(entry.getKey(), pack, path)) {
                    continue;
                }
                account(entry.getValue(), path, pack, pathByElectronicId).ifPresent(account -> payers.put(entry.getKey(), account));
            }
        } else if (node != null && !node.isNull() && !(node.isContainerNode() && node.isEmpty())) {
            json.problem("$.payers", "expected the payers the practice bills: a list of {id, name, payerId, pack}"
                    + " (or a map by id: medicare, bcbs, ...), got " + JsonFields.describe(node));
        }
        // No payers yet is allowed: a practice sets itself up first and adds its payers on the Payers page.
        return payers;
    }

    private Optional<String> id(JsonNode entry, String path) {
        Optional<String> id = fields.text(entry, "id", path + ".id", true,
                "the id patients and visits name this payer by, e.g. aetna", ID);
        if (id.isPresent() && !id.get().matches("[a-z0-9][a-z0-9-]*")) {
            fields.json().problem(path + ".id", "expected lower-case letters, digits and hyphens, e.g. aetna-ppo, got \"" + id.get() + "\"");
            return Optional.empty();
        }
        return id;
    }

    /**
     * Whether an entry whose id is a rule pack's id follows that pack. Visits and patients that name a pack id
     * ("medicare") must keep meaning that pack's payer: an entry {id: medicare, pack: commercial} would bill them to
     * another insurer under other rules. Any other id may follow any pack.
     */
    private boolean followsOwnPack(String id, String pack, String path) {
        if (rules.payers().find(id).isEmpty() || id.equals(pack)) {
            return true;
        }
        fields.json().problem(path + ".pack", "\"" + id + "\" is the " + id + " rule pack's own id, so this entry must"
                + " follow the " + id + " pack, not " + pack + "; choose another id for a payer on the " + pack
                + " pack, e.g. one from the payer's name");
        return false;
    }

    private Optional<PayerAccount> account(JsonNode payer, String path, String pack, Map<String, String> pathByElectronicId) {
        JsonFields json = fields.json();
        boolean packOk = rules.payers().find(pack).isPresent();
        if (!packOk) {
            json.problem(path + ".pack", "no payer pack \"" + pack + "\"; expected one of " + String.join(", ", rules.payers().ids()));
        }
        Optional<String> name = fields.x12(payer, "name", path + ".name", true, "the payer's name", NAME);
        Optional<String> electronicId = electronicId(payer, path);
        electronicId.ifPresent(id -> {
            // Two packs may share a payer id (an insurer's commercial and Medicare Advantage plans); one pack may not.
            String earlier = pathByElectronicId.putIfAbsent(id + " " + pack, path);
            if (earlier != null) {
                json.problem(path + "." + (payer.has("payerId") ? "payerId" : "electronicId"), "electronic payer id " + id
                        + " is already " + earlier + "'s on the " + pack + " pack; one directory entry per payer id and pack");
            }
        });
        Optional<Address> address = payer.has("address")
                ? new AddressReader(json, rules.references()).read(payer.get("address"), path + ".address")
                : Optional.empty();
        Optional<String> indicator = json.text(payer, "claimFilingIndicator", path + ".claimFilingIndicator", false,
                "an X12 claim filing indicator (SBR09), e.g. CI");
        if (indicator.isPresent() && !ClaimFilingIndicator.isValid(indicator.get())) {
            json.problem(path + ".claimFilingIndicator", "\"" + indicator.get() + "\" is not an X12 claim filing indicator;"
                    + " expected one of " + String.join(", ", ClaimFilingIndicator.codes()));
            indicator = Optional.empty();
        }
        OptionalInt timelyFiling = fields.count(payer, "timelyFilingDays", path + ".timelyFilingDays", false, 1, 3650,
                "the days after the date of service the payer accepts a claim");
        Optional<UnitMethod> unitMethod = json.text(payer, "unitMethod", path + ".unitMethod", false, "medicare or ama")
                .flatMap(text -> {
                    Optional<UnitMethod> parsed = UnitMethod.parse(text);
                    if (parsed.isEmpty()) {
                        json.problem(path + ".unitMethod", "expected medicare or ama, got \"" + text + "\"");
                    }
                    return parsed;
                });
        Optional<String> distinct = json.text(payer, "distinctModifier", path + ".distinctModifier", false, "59, XE, XS, XP or XU");
        if (distinct.isPresent() && !distinct.get().equals("59") && !Modifiers.X_MODIFIERS.contains(distinct.get())) {
            json.problem(path + ".distinctModifier", "expected 59, XE, XS, XP or XU, got \"" + distinct.get() + "\"");
            distinct = Optional.empty();
        }
        Map<String, Money> contracted = contracted(payer.get("contracted"), path + ".contracted");
        Optional<String> source = fields.note(payer, "source", path + ".source", false, "where the payer id comes from", SOURCE);
        if (!packOk || name.isEmpty() || electronicId.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PayerAccount(pack, name.get(), electronicId.get(), address, indicator, timelyFiling,
                unitMethod, distinct, contracted, source));
    }

    /** The electronic payer id under either name: payerId (the list form's) or electronicId (the map form's). */
    private Optional<String> electronicId(JsonNode payer, String path) {
        if (payer.has("payerId") && payer.has("electronicId")) {
            // electronicId is payerId's other name (the API answers with both): one value under both names is fine
            if (!payer.get("payerId").equals(payer.get("electronicId"))) {
                fields.json().problem(path + ".electronicId", "electronicId " + JsonFields.describe(payer.get("electronicId"))
                        + " differs from payerId " + JsonFields.describe(payer.get("payerId")) + ", which is the same"
                        + " field under its other name; give the electronic payer id once, as payerId");
                return Optional.empty();
            }
        }
        String field = payer.has("electronicId") ? "electronicId" : "payerId";
        return fields.x12(payer, field, path + "." + field, true, "the electronic payer id the clearinghouse routes claims by,"
                + " e.g. 60054", ELECTRONIC_ID);
    }

    /** Allowed amounts per unit by code, as strings of dollars: {"97140": "38.00"}. */
    Map<String, Money> contracted(JsonNode node, String path) {
        Map<String, Money> amounts = new TreeMap<>();
        if (node == null || node.isNull()) {
            return amounts;
        }
        if (!node.isObject()) {
            fields.json().problem(path, "expected a map of code to amount, e.g. {\"97140\": \"38.00\"}, got " + JsonFields.describe(node));
            return amounts;
        }
        for (Iterator<String> codes = node.fieldNames(); codes.hasNext(); ) {
            String code = codes.next();
            String at = path + "." + code;
            if (knownCode(code, at)) {
                MoneyField.read(node, code, at, fields.json()).ifPresent(amount -> amounts.put(CodeCatalog.normalize(code), amount));
            }
        }
        return amounts;
    }

    private boolean knownCode(String code, String path) {
        if (rules.codes().find(CodeCatalog.normalize(code)).isEmpty()) {
            fields.json().problem(path, "unknown code \"" + code + "\": not in cleanclaim's code catalog");
            return false;
        }
        return true;
    }
}

package dev.cleanclaim.rules;

import dev.cleanclaim.core.modifier.Modifiers;
import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.rulebook.StandardRules;
import dev.cleanclaim.core.ruledata.RuleDefinitions;
import dev.cleanclaim.core.scrub.ConfiguredRule;
import dev.cleanclaim.core.scrub.RuleDefinition;
import dev.cleanclaim.core.scrub.RuleParams;
import dev.cleanclaim.core.time.EffectivePeriod;
import dev.cleanclaim.core.units.UnitMethod;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one payer pack (payers/ID.yaml): the payer, its unit method and modifier habits, and the rules it turns
 * on with their settings. Anything wrong is refused with the file and line.
 */
final class PayerPackReader {

    private static final Set<String> PACK_KEYS = Set.of("id", "name", "unitMethod", "unitMethodSource",
            "distinctModifier", "modifierOrder", "medicareAllowed", "claimFilingIndicator", "rules");
    /** X12 claim filing indicator codes (837P SBR09), which also pick the CMS-1500 box 1 insurance type. */
    private static final Set<String> FILING_INDICATORS = Set.of("09", "11", "12", "13", "14", "15", "16", "17", "AM",
            "BL", "CH", "CI", "DS", "FI", "HM", "LM", "MA", "MB", "MC", "OF", "TV", "VA", "WC", "ZZ");
    private static final Set<String> RULE_KEYS = Set.of("id", "from", "through", "with");

    private final String name;

    private PayerPackReader(String name) {
        this.name = name;
    }

    static Payer read(Reader reader, String name, RuleDefinitions definitions) {
        return new PayerPackReader(name).pack(LocatedYaml.read(reader, name), definitions);
    }

    private Payer pack(LocatedYaml.Node root, RuleDefinitions definitions) {
        Map<String, LocatedYaml.Node> fields = map(root, PACK_KEYS);
        String id = text(fields, "id", root);
        String method = text(fields, "unitMethod", root);
        UnitMethod unitMethod = UnitMethod.parse(method).orElseThrow(() -> error(fields.get("unitMethod"),
                "unitMethod must be medicare or ama, got \"" + method + "\""));
        String distinct = fields.containsKey("distinctModifier") ? text(fields, "distinctModifier", root) : "XS";
        if (!distinct.equals("59") && !Modifiers.X_MODIFIERS.contains(distinct)) {
            throw error(fields.get("distinctModifier"), "distinctModifier must be 59, XE, XS, XP or XU, got " + distinct);
        }
        String filing = fields.containsKey("claimFilingIndicator") ? text(fields, "claimFilingIndicator", root) : "CI";
        if (!FILING_INDICATORS.contains(filing)) {
            throw error(fields.get("claimFilingIndicator"), "claimFilingIndicator must be an X12 claim filing indicator"
                    + " code (MB Medicare Part B, MC Medicaid, BL Blue Cross, CI commercial, CH TRICARE, 16 Medicare"
                    + " Advantage HMO, 09 self-pay, ...), got \"" + filing + "\"");
        }
        List<ConfiguredRule> rules = new ArrayList<>();
        LocatedYaml.Node ruleList = fields.get("rules");
        if (ruleList != null) {
            for (LocatedYaml.Node entry : list(ruleList, "rules")) {
                rules.add(rule(entry, definitions, id));
            }
        }
        rules.sort(Comparator.comparingInt(rule -> StandardRules.order(rule.id())));
        return new Payer(id, text(fields, "name", root), unitMethod, text(fields, "unitMethodSource", root), distinct,
                fields.containsKey("modifierOrder") ? strings(fields.get("modifierOrder"), "modifierOrder") : List.of(),
                rules, fields.containsKey("medicareAllowed") && bool(fields.get("medicareAllowed"), "medicareAllowed"),
                filing);
    }

    private ConfiguredRule rule(LocatedYaml.Node entry, RuleDefinitions definitions, String payerId) {
        Map<String, LocatedYaml.Node> fields = map(entry, RULE_KEYS);
        String ruleId = text(fields, "id", entry);
        RuleDefinition definition = definitions.find(ruleId).filter(found -> StandardRules.knows(ruleId))
                .orElseThrow(() -> error(fields.get("id"), "unknown rule " + ruleId + "; expected one of " + StandardRules.ids()));
        EffectivePeriod period = EffectivePeriod.of(date(fields.get("from")), date(fields.get("through")));
        RuleParams params = fields.containsKey("with")
                ? params(fields.get("with"), name + " line " + fields.get("with").line() + " (" + ruleId + ")")
                : RuleParams.none(name + " (" + ruleId + ")");
        try {
            return new ConfiguredRule(definition, period, StandardRules.create(ruleId, params));
        } catch (IllegalArgumentException e) {
            throw new RuleDataException(name + " line " + entry.line(), e.getMessage() + " (payer " + payerId + ")", e);
        }
    }

    private RuleParams params(LocatedYaml.Node node, String owner) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, LocatedYaml.Node> field : map(node, null).entrySet()) {
            values.put(field.getKey(), value(field.getValue(), name + " line " + field.getValue().line()));
        }
        return new RuleParams(owner, values);
    }

    private Object value(LocatedYaml.Node node, String owner) {
        if (node.isMap()) {
            return params(node, owner);
        }
        if (node.value() instanceof List<?>) {
            List<Object> items = new ArrayList<>();
            node.list().forEach(item -> items.add(value(item, name + " line " + item.line())));
            return items;
        }
        if (node.value() == null) {
            throw error(node, "a setting has no value");
        }
        return node.value();
    }

    private Map<String, LocatedYaml.Node> map(LocatedYaml.Node node, Set<String> allowed) {
        if (!node.isMap()) {
            throw error(node, "expected a mapping of keys to values");
        }
        if (allowed != null) {
            Set<String> unknown = new TreeSet<>(node.map().keySet());
            unknown.removeAll(allowed);
            if (!unknown.isEmpty()) {
                String key = unknown.iterator().next();
                throw error(node.map().get(key), "unknown key " + key + "; expected one of " + new TreeSet<>(allowed));
            }
        }
        return node.map();
    }

    private List<LocatedYaml.Node> list(LocatedYaml.Node node, String key) {
        if (!(node.value() instanceof List<?>)) {
            throw error(node, key + " must be a list");
        }
        return node.list();
    }

    private List<String> strings(LocatedYaml.Node node, String key) {
        return list(node, key).stream().map(item -> {
            if (!(item.value() instanceof String text)) {
                throw error(item, key + " must list text values");
            }
            return text;
        }).toList();
    }

    private String text(Map<String, LocatedYaml.Node> fields, String key, LocatedYaml.Node owner) {
        LocatedYaml.Node node = fields.get(key);
        if (node == null) {
            throw error(owner, key + " is missing");
        }
        if (!(node.value() instanceof String text) || text.isBlank()) {
            throw error(node, key + " must be text");
        }
        return text;
    }

    private boolean bool(LocatedYaml.Node node, String key) {
        if (!"true".equals(node.value()) && !"false".equals(node.value())) {
            throw error(node, key + " must be true or false");
        }
        return Boolean.parseBoolean((String) node.value());
    }

    private LocalDate date(LocatedYaml.Node node) {
        if (node == null) {
            return null;
        }
        try {
            return LocalDate.parse(String.valueOf(node.value()));
        } catch (DateTimeParseException e) {
            throw error(node, "expected a date YYYY-MM-DD, got " + node.value());
        }
    }

    private RuleDataException error(LocatedYaml.Node node, String problem) {
        return new RuleDataException(node == null ? name : name + " line " + node.line(), problem);
    }
}

package dev.cleanclaim.core.ruledata;

import dev.cleanclaim.core.scrub.RuleDefinition;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every rule id with its dates and citation, from rule data, so each finding can say where its rule comes from. */
public final class RuleDefinitions {

    private final Map<String, RuleDefinition> byId;

    public RuleDefinitions(Collection<RuleDefinition> definitions) {
        this.byId = UniqueIndex.byKey(definitions, RuleDefinition::id, "rule");
    }

    public Optional<RuleDefinition> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public String sourceOf(String id) {
        return find(id).map(RuleDefinition::source)
                .orElseThrow(() -> new IllegalStateException("rule data has no definition for rule " + id));
    }

    public List<RuleDefinition> all() {
        return List.copyOf(byId.values());
    }
}

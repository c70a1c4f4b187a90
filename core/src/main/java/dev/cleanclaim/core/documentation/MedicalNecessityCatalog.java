package dev.cleanclaim.core.documentation;

import dev.cleanclaim.core.ruledata.UniqueIndex;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The documented conditions that make a service medically necessary (RULES §7), from rule data: e.g.
 * "tight-muscles" supports 97124, "restricted-joint-motion" supports joint mobilization (97140).
 */
public final class MedicalNecessityCatalog {

    /**
     * One condition a visit's notes can document.
     *
     * @param codes       the codes it supports whatever the technique
     * @param techniques  the techniques it supports (normalized names)
     */
    public record Condition(String id, String label, Set<String> codes, Set<String> techniques) {
        public Condition {
            codes = Set.copyOf(codes);
            techniques = Set.copyOf(techniques);
        }
    }

    private final Map<String, Condition> byId = new LinkedHashMap<>();
    private final Map<String, List<Condition>> byCode = new HashMap<>();
    private final Map<String, List<Condition>> byTechnique = new HashMap<>();

    public MedicalNecessityCatalog(Collection<Condition> conditions) {
        byId.putAll(UniqueIndex.byKey(conditions, Condition::id, "condition"));
        for (Condition condition : conditions) {
            condition.codes().forEach(code -> byCode.computeIfAbsent(code, key -> new ArrayList<>()).add(condition));
            condition.techniques().forEach(technique ->
                    byTechnique.computeIfAbsent(technique, key -> new ArrayList<>()).add(condition));
        }
    }

    public Optional<Condition> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /** Conditions that support a code. */
    public List<Condition> supporting(String code) {
        return byCode.getOrDefault(code, List.of());
    }

    /** Conditions that support a technique, by its normalized name. */
    public List<Condition> supportingTechnique(String normalizedTechnique) {
        return byTechnique.getOrDefault(normalizedTechnique, List.of());
    }
}

package dev.cleanclaim.core.coding;

import dev.cleanclaim.core.catalog.ProviderType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Techniques to codes, from rule data; spelling is forgiving ("Soft-tissue mobilization" = "soft tissue mobilization"). */
public final class TechniqueMap {

    private final Map<String, List<TechniqueEntry>> byName = new HashMap<>();

    public TechniqueMap(Collection<TechniqueEntry> entries) {
        for (TechniqueEntry entry : entries) {
            register(entry.technique(), entry);
            entry.aliases().forEach(alias -> register(alias, entry));
        }
    }

    private void register(String name, TechniqueEntry entry) {
        List<TechniqueEntry> same = byName.computeIfAbsent(normalize(name), key -> new ArrayList<>());
        for (TechniqueEntry other : same) {
            if (other.onlyWhen().isEmpty() || entry.onlyWhen().isEmpty()
                    || other.onlyWhen().stream().anyMatch(entry.onlyWhen()::contains)) {
                throw new IllegalArgumentException("technique \"" + name + "\" maps to both " + other.code()
                        + " and " + entry.code() + " for the same providers");
            }
        }
        same.add(entry);
    }

    /** Every code some technique maps to, so loaders can check each is in the catalog. */
    public Set<String> codes() {
        Set<String> codes = new TreeSet<>();
        byName.values().forEach(entries -> entries.forEach(entry -> codes.add(entry.code())));
        return codes;
    }

    /** The entry that codes this technique for this provider. */
    public Optional<TechniqueEntry> resolve(String technique, ProviderType provider) {
        return candidates(technique).stream().filter(entry -> entry.appliesTo(provider)).findFirst();
    }

    /** Every entry under this name, whoever the provider: used to explain why a technique did not resolve. */
    public List<TechniqueEntry> candidates(String technique) {
        return byName.getOrDefault(normalize(technique), List.of());
    }

    public static String normalize(String technique) {
        return technique.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }
}

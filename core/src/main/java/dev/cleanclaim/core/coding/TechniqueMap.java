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

/**
 * Techniques to codes, from rule data; spelling is forgiving ("Soft-tissue mobilization" = "soft tissue mobilization").
 * A technique it cannot code alone gets candidate codes instead, so the biller always has somewhere to go.
 */
public final class TechniqueMap {

    private final Map<String, List<TechniqueEntry>> byName = new HashMap<>();
    private final Map<String, List<TechniqueCandidate>> severalByName = new HashMap<>();
    private final List<TechniqueCandidate> general = new ArrayList<>();

    /**
     * @throws IllegalArgumentException when a name codes to two codes for the same providers, or is both coded and
     *                                  given several candidate codes
     */
    public TechniqueMap(Collection<TechniqueEntry> entries, Collection<TechniqueCandidate> candidates) {
        for (TechniqueEntry entry : entries) {
            register(entry.technique(), entry);
            entry.aliases().forEach(alias -> register(alias, entry));
        }
        for (TechniqueCandidate candidate : candidates) {
            if (candidate.isGeneral()) {
                general.add(candidate);
            }
            for (String technique : candidate.techniques()) {
                String name = normalize(technique);
                if (byName.containsKey(name)) {
                    throw new IllegalArgumentException("technique \"" + technique + "\" is coded "
                            + byName.get(name).get(0).code() + " and also offered candidate codes; keep one of the two");
                }
                severalByName.computeIfAbsent(name, key -> new ArrayList<>()).add(candidate);
            }
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

    /** Every code offered as a candidate, so loaders can check each is in the catalog. */
    public Set<String> candidateCodes() {
        Set<String> codes = new TreeSet<>();
        severalByName.values().forEach(candidates -> candidates.forEach(candidate -> codes.add(candidate.code())));
        general.forEach(candidate -> codes.add(candidate.code()));
        return codes;
    }

    /** The entry that codes this technique for this provider. */
    public Optional<TechniqueEntry> resolve(String technique, ProviderType provider) {
        return entriesNamed(technique).stream().filter(entry -> entry.appliesTo(provider)).findFirst();
    }

    /** The code for the technique, or the candidates a biller chooses from when there is no single one. */
    public TechniqueCoding code(String technique, ProviderType provider) {
        Optional<TechniqueEntry> entry = resolve(technique, provider);
        if (entry.isPresent()) {
            return new TechniqueCoding.Coded(entry.get());
        }
        List<TechniqueCandidate> several = severalByName.get(normalize(technique));
        if (several != null) {
            return new TechniqueCoding.SeveralCodes(several);
        }
        List<TechniqueEntry> elsewhere = entriesNamed(technique);
        return elsewhere.isEmpty() ? new TechniqueCoding.Unlisted(general)
                : new TechniqueCoding.OtherProviders(elsewhere, general);
    }

    /** Every entry under this name, whoever the provider: used to explain why a technique did not resolve. */
    public List<TechniqueEntry> entriesNamed(String technique) {
        return byName.getOrDefault(normalize(technique), List.of());
    }

    /** Every technique entry once, in no particular order: for documentation and checks of the data. */
    public List<TechniqueEntry> entries() {
        return byName.values().stream().flatMap(List::stream).distinct().toList();
    }

    public static String normalize(String technique) {
        return technique.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }
}

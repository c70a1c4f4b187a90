package dev.cleanclaim.rules;

import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.coding.TechniqueCandidate;
import dev.cleanclaim.core.coding.TechniqueEntry;
import dev.cleanclaim.core.coding.TechniqueMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads techniques.yaml (technique names to codes) and technique-candidates.yaml (codes offered when none fits). */
final class TechniqueMapReader {

    static final String FILE = "techniques.yaml";
    static final String CANDIDATES = "technique-candidates.yaml";

    // A plain bean, not a record: Jackson buffers a record's keys to the end of the entry, so an unknown key
    // would be reported at the wrong line.
    static final class Entry {
        public String technique;
        public List<String> aliases;
        public String code;
        public Set<ProviderType> onlyWhen;
        public String why;
        public String source;
    }

    static final class Candidate {
        public String code;
        public String when;
        public List<String> techniques;
    }

    private TechniqueMapReader() {
    }

    static TechniqueMap read(RuleDataSource source) {
        try {
            return new TechniqueMap(entries(source), candidates(source));
        } catch (IllegalArgumentException e) {
            throw new RuleDataException(source.describe(FILE), e.getMessage(), e);
        }
    }

    private static List<TechniqueEntry> entries(RuleDataSource source) {
        List<Entry> entries = YamlFiles.read(source, FILE,
                YamlFiles.types().constructCollectionType(List.class, Entry.class));
        String name = source.describe(FILE);
        List<TechniqueEntry> techniques = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            techniques.add(new TechniqueEntry(
                    YamlFiles.require(entry.technique, "technique", i, name),
                    entry.aliases == null ? List.of() : entry.aliases,
                    YamlFiles.require(entry.code, "code", i, name),
                    entry.onlyWhen == null ? Set.of() : entry.onlyWhen,
                    Optional.ofNullable(entry.why).filter(why -> !why.isBlank()),
                    YamlFiles.require(entry.source, "source", i, name)));
        }
        return techniques;
    }

    // A rule folder written before candidates existed has no such file: its techniques simply get none.
    private static List<TechniqueCandidate> candidates(RuleDataSource source) {
        if (!source.exists(CANDIDATES)) {
            return List.of();
        }
        List<Candidate> entries = YamlFiles.read(source, CANDIDATES,
                YamlFiles.types().constructCollectionType(List.class, Candidate.class));
        String name = source.describe(CANDIDATES);
        List<TechniqueCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Candidate entry = entries.get(i);
            candidates.add(new TechniqueCandidate(YamlFiles.require(entry.code, "code", i, name),
                    YamlFiles.require(entry.when, "when", i, name),
                    Set.copyOf((entry.techniques == null ? List.<String>of() : entry.techniques).stream()
                            .map(TechniqueMap::normalize).toList())));
        }
        return candidates;
    }
}

package dev.cleanclaim.rules;

import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.coding.TechniqueEntry;
import dev.cleanclaim.core.coding.TechniqueMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads techniques.yaml: technique names to codes. */
final class TechniqueMapReader {

    static final String FILE = "techniques.yaml";

    // A plain bean, not a record: Jackson buffers a record's keys to the end of the entry, so an unknown key
    // would be reported at the wrong line.
    static final class Entry {
        public String technique;
        public List<String> aliases;
        public String code;
        public Set<ProviderType> onlyWhen;
        public String source;
    }

    private TechniqueMapReader() {
    }

    static TechniqueMap read(RuleDataSource source) {
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
                    YamlFiles.require(entry.source, "source", i, name)));
        }
        try {
            return new TechniqueMap(techniques);
        } catch (IllegalArgumentException e) {
            throw new RuleDataException(source.describe(FILE), e.getMessage(), e);
        }
    }
}

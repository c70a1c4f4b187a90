package dev.cleanclaim.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.coding.TechniqueEntry;
import dev.cleanclaim.core.coding.TechniqueMap;

import java.util.List;
import java.util.Set;

/** Reads techniques.yaml: technique names to codes. */
final class TechniqueMapReader {

    static final String FILE = "techniques.yaml";

    record Entry(@JsonProperty(required = true) String technique, List<String> aliases,
                 @JsonProperty(required = true) String code, Set<ProviderType> onlyWhen,
                 @JsonProperty(required = true) String source) {
    }

    private TechniqueMapReader() {
    }

    static TechniqueMap read(RuleDataSource source) {
        List<Entry> entries = YamlFiles.read(source, FILE,
                YamlFiles.types().constructCollectionType(List.class, Entry.class));
        try {
            return new TechniqueMap(entries.stream().map(entry -> new TechniqueEntry(entry.technique(),
                    entry.aliases() == null ? List.of() : entry.aliases(), entry.code(),
                    entry.onlyWhen() == null ? Set.of() : entry.onlyWhen(), entry.source())).toList());
        } catch (IllegalArgumentException e) {
            throw new RuleDataException(source.describe(FILE), e.getMessage(), e);
        }
    }
}

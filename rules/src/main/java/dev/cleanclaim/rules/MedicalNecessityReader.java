package dev.cleanclaim.rules;

import dev.cleanclaim.core.coding.TechniqueMap;
import dev.cleanclaim.core.documentation.MedicalNecessityCatalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads medical-necessity.yaml: documented conditions and the codes and techniques each supports. */
final class MedicalNecessityReader {

    static final String FILE = "medical-necessity.yaml";

    static final class Entry {
        public String id;
        public String label;
        public List<String> codes;
        public List<String> techniques;
    }

    private MedicalNecessityReader() {
    }

    static MedicalNecessityCatalog read(RuleDataSource source) {
        List<Entry> entries = YamlFiles.read(source, FILE, YamlFiles.types().constructCollectionType(List.class, Entry.class));
        String name = source.describe(FILE);
        List<MedicalNecessityCatalog.Condition> conditions = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            conditions.add(new MedicalNecessityCatalog.Condition(YamlFiles.require(entry.id, "id", i, name),
                    YamlFiles.require(entry.label, "label", i, name),
                    Set.copyOf(entry.codes == null ? List.of() : entry.codes),
                    Set.copyOf((entry.techniques == null ? List.<String>of() : entry.techniques).stream()
                            .map(TechniqueMap::normalize).toList())));
        }
        try {
            return new MedicalNecessityCatalog(conditions);
        } catch (IllegalArgumentException e) {
            throw new RuleDataException(name, e.getMessage(), e);
        }
    }
}

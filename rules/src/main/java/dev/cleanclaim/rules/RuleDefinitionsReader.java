package dev.cleanclaim.rules;

import dev.cleanclaim.core.ruledata.RuleDefinitions;
import dev.cleanclaim.core.scrub.RuleDefinition;
import dev.cleanclaim.core.time.EffectivePeriod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads rules.yaml: every rule id with its dates and citation. */
final class RuleDefinitionsReader {

    static final String FILE = "rules.yaml";

    // A plain bean, so an unknown key is reported at its own line (see TechniqueMapReader).
    static final class Entry {
        public String id;
        public String from;
        public String through;
        public String source;
        public String summary;
    }

    private RuleDefinitionsReader() {
    }

    private static LocalDate date(String text, String key, int index, String file) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new RuleDataException(file + " entry " + (index + 1), key + " must be a date YYYY-MM-DD, got \"" + text + "\"");
        }
    }

    static RuleDefinitions read(RuleDataSource source) {
        List<Entry> entries = YamlFiles.read(source, FILE, YamlFiles.types().constructCollectionType(List.class, Entry.class));
        String name = source.describe(FILE);
        List<RuleDefinition> definitions = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            definitions.add(new RuleDefinition(YamlFiles.require(entry.id, "id", i, name),
                    EffectivePeriod.of(date(entry.from, "from", i, name), date(entry.through, "through", i, name)), YamlFiles.require(entry.source, "source", i, name),
                    YamlFiles.require(entry.summary, "summary", i, name)));
        }
        try {
            return new RuleDefinitions(definitions);
        } catch (IllegalArgumentException e) {
            throw new RuleDataException(name, e.getMessage(), e);
        }
    }
}

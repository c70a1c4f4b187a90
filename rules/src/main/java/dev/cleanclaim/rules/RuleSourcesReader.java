package dev.cleanclaim.rules;

import dev.cleanclaim.core.ruledata.RuleSources;

import java.util.Map;

/** Reads rule-sources.yaml: the citation behind each rule id. */
final class RuleSourcesReader {

    static final String FILE = "rule-sources.yaml";

    private RuleSourcesReader() {
    }

    static RuleSources read(RuleDataSource source) {
        Map<String, String> byRule = YamlFiles.read(source, FILE,
                YamlFiles.types().constructMapType(Map.class, String.class, String.class));
        return new RuleSources(byRule);
    }
}

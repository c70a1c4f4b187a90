package dev.cleanclaim.core.ruledata;

import java.util.Map;

/** The citation behind each rule id, from rule data, so every finding can say where its rule comes from. */
public record RuleSources(Map<String, String> byRule) {

    public RuleSources {
        byRule = Map.copyOf(byRule);
    }

    public String of(String rule) {
        String source = byRule.get(rule);
        if (source == null) {
            throw new IllegalStateException("rule data has no source for rule " + rule);
        }
        return source;
    }
}

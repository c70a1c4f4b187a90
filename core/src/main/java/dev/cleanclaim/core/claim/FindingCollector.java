package dev.cleanclaim.core.claim;

import dev.cleanclaim.core.ruledata.RuleDefinitions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Gathers the findings of one claim, citing each rule's source from rule data. */
public final class FindingCollector {

    private final RuleDefinitions definitions;
    private final List<Finding> findings = new ArrayList<>();

    public FindingCollector(RuleDefinitions definitions) {
        this.definitions = definitions;
    }

    public void error(String rule, List<String> codes, String message, String fix) {
        add(rule, Severity.ERROR, codes, message, fix);
    }

    /** An error the engine can also resolve as data: the screen offers {@code remedy} as a one-click fix. */
    public void error(String rule, List<String> codes, String message, String fix, Optional<Remedy> remedy) {
        findings.add(new Finding(rule, Severity.ERROR, codes, message, definitions.sourceOf(rule), Optional.of(fix), remedy));
    }

    public void warning(String rule, List<String> codes, String message, String fix) {
        add(rule, Severity.WARNING, codes, message, fix);
    }

    public void info(String rule, List<String> codes, String message) {
        add(rule, Severity.INFO, codes, message, null);
    }

    /** A finding whose severity rule data chose; {@code fix} may be null for info. */
    public void add(String rule, Severity severity, List<String> codes, String message, String fix) {
        findings.add(new Finding(rule, severity, codes, message, definitions.sourceOf(rule), Optional.ofNullable(fix)));
    }

    /**
     * A finding citing, besides its rule's source, the rule-data entry that decided it (a technique's mapping), so
     * the biller can check the very line the engine followed.
     */
    public void add(String rule, Severity severity, List<String> codes, String message, String fix, String citing) {
        findings.add(new Finding(rule, severity, codes, message, definitions.sourceOf(rule) + "; " + citing,
                Optional.ofNullable(fix)));
    }

    /** True when some finding of this rule already concerns the code, so a rule can avoid saying it twice. */
    public boolean has(String rule, String code) {
        return findings.stream().anyMatch(finding -> finding.rule().equals(rule) && finding.codes().contains(code));
    }

    public List<Finding> list() {
        return List.copyOf(findings);
    }
}

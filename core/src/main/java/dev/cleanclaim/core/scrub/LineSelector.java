package dev.cleanclaim.core.scrub;

import dev.cleanclaim.core.claim.LineDraft;

import java.util.Set;

/**
 * Which lines a rule setting concerns: listed codes and code families (massage, manual-therapy, cmt-spinal, ...).
 * An empty selector matches every line.
 */
public record LineSelector(Set<String> codes, Set<String> families) {

    public LineSelector {
        codes = Set.copyOf(codes);
        families = Set.copyOf(families);
    }

    public static LineSelector from(RuleParams params) {
        return new LineSelector(Set.copyOf(params.list("codes")), Set.copyOf(params.list("families")));
    }

    public boolean isEmpty() {
        return codes.isEmpty() && families.isEmpty();
    }

    public boolean matches(LineDraft line) {
        return matches(line.code(), line.entry().family());
    }

    /** The same test for a code of the catalog, before any claim has a line of it. */
    public boolean matches(String code, String family) {
        return isEmpty() || codes.contains(code) || families.contains(family);
    }
}

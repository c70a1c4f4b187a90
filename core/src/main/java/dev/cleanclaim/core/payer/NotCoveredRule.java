package dev.cleanclaim.core.payer;

import dev.cleanclaim.core.catalog.CatalogCode;
import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.claim.Severity;
import dev.cleanclaim.core.modifier.ProviderTypes;
import dev.cleanclaim.core.scrub.CodeNotes;
import dev.cleanclaim.core.scrub.LineSelector;
import dev.cleanclaim.core.scrub.Rule;
import dev.cleanclaim.core.scrub.RuleParams;
import dev.cleanclaim.core.scrub.ScrubContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * payer.not-covered: services the payer's benefits do not include (Medicare: extraspinal manipulation, anything
 * but spinal manipulation from a chiropractor; Medicaid: massage, rarely covered). Each entry says how sure the
 * denial is: error (denied) or warning (depends on the plan; verify benefits).
 */
public final class NotCoveredRule implements Rule, CodeNotes {

    static final String ID = "payer.not-covered";

    private record Exclusion(LineSelector lines, LineSelector except, Set<ProviderType> whenRenderedBy, Severity severity,
                             String message, String fix) {
    }

    private final List<Exclusion> exclusions = new ArrayList<>();

    public NotCoveredRule(RuleParams params) {
        params.allowOnly("services");
        for (RuleParams entry : params.entries("services")) {
            entry.allowOnly("codes", "families", "exceptCodes", "exceptFamilies", "providers", "severity", "message", "fix");
            LineSelector except = new LineSelector(Set.copyOf(entry.list("exceptCodes")), Set.copyOf(entry.list("exceptFamilies")));
            exclusions.add(new Exclusion(LineSelector.from(entry), except, ProviderTypes.parse(entry, "providers"),
                    entry.severity("severity", Severity.ERROR), entry.requiredText("message"), entry.requiredText("fix")));
        }
    }

    @Override
    public List<String> notesOn(CatalogCode code) {
        List<String> notes = new ArrayList<>();
        for (Exclusion exclusion : exclusions) {
            boolean excepted = !exclusion.except().isEmpty() && exclusion.except().matches(code.code(), code.family());
            if (exclusion.lines().matches(code.code(), code.family()) && !excepted) {
                String who = exclusion.whenRenderedBy().isEmpty() ? ""
                        : " when rendered by " + String.join(" or ", exclusion.whenRenderedBy().stream().map(Enum::name).sorted().toList());
                notes.add(exclusion.severity().id() + who + " (payer.not-covered): " + exclusion.message());
            }
        }
        return notes;
    }

    @Override
    public void apply(ScrubContext context) {
        ProviderType provider = context.visit().provider().type();
        for (Exclusion exclusion : exclusions) {
            if (!exclusion.whenRenderedBy().isEmpty() && !exclusion.whenRenderedBy().contains(provider)) {
                continue;
            }
            List<String> codes = new ArrayList<>(2);
            for (LineDraft line : context.lines()) {
                if (exclusion.lines().matches(line) && (exclusion.except().isEmpty() || !exclusion.except().matches(line))) {
                    codes.add(line.code());
                }
            }
            if (codes.isEmpty()) {
                continue;
            }
            context.findings().add(ID, exclusion.severity(), codes, exclusion.message(), exclusion.fix());
        }
    }
}

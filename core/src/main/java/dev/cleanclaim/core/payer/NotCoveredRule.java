package dev.cleanclaim.core.payer;

import dev.cleanclaim.core.catalog.CatalogCode;
import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.claim.Severity;
import dev.cleanclaim.core.modifier.Modifiers;
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

    /**
     * @param statutory the law itself leaves the service out of the benefit (Medicare: a chiropractor's services other
     *                  than spinal manipulation): the line takes GY, and GX beside it when the patient signed a
     *                  voluntary ABN, so the denial is quick and the patient may be billed, no ABN needed
     */
    private record Exclusion(LineSelector lines, LineSelector except, Set<ProviderType> whenRenderedBy, Severity severity,
                             boolean statutory, String message, String fix) {
    }

    private final List<Exclusion> exclusions = new ArrayList<>();

    public NotCoveredRule(RuleParams params) {
        params.allowOnly("services");
        for (RuleParams entry : params.entries("services")) {
            entry.allowOnly("codes", "families", "exceptCodes", "exceptFamilies", "providers", "severity", "statutory",
                    "message", "fix");
            LineSelector except = new LineSelector(Set.copyOf(entry.list("exceptCodes")), Set.copyOf(entry.list("exceptFamilies")));
            exclusions.add(new Exclusion(LineSelector.from(entry), except, ProviderTypes.parse(entry, "providers"),
                    entry.severity("severity", Severity.ERROR), entry.flag("statutory"), entry.requiredText("message"),
                    entry.requiredText("fix")));
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

    /** GY on every line, GX beside it where a voluntary ABN was signed; the sentence says what was appended. */
    private static String markExcluded(ScrubContext context, List<LineDraft> lines) {
        // GX exists from 2010-04-01 (rule data): before it, a voluntary ABN had no modifier and GY went alone.
        boolean voluntaryAbn = context.visit().documentation().abn()
                && context.rules().modifiers().inForce(Modifiers.VOLUNTARY_ABN, context.epochDay());
        for (LineDraft line : lines) {
            line.addModifier(Modifiers.STATUTORILY_EXCLUDED);
            if (voluntaryAbn) {
                line.addModifier(Modifiers.VOLUNTARY_ABN);
            }
        }
        String codes = String.join(", ", lines.stream().map(LineDraft::code).toList());
        return voluntaryAbn
                ? "GY and GX are on " + codes + ": excluded by law, and the patient signed a voluntary ABN."
                : "GY is on " + codes + ": excluded by law, so Medicare denies it and the patient is liable.";
    }

    @Override
    public void apply(ScrubContext context) {
        ProviderType provider = context.visit().provider().type();
        for (Exclusion exclusion : exclusions) {
            if (!exclusion.whenRenderedBy().isEmpty() && !exclusion.whenRenderedBy().contains(provider)) {
                continue;
            }
            List<LineDraft> lines = new ArrayList<>(2);
            for (LineDraft line : context.lines()) {
                if (exclusion.lines().matches(line) && (exclusion.except().isEmpty() || !exclusion.except().matches(line))) {
                    lines.add(line);
                }
            }
            if (lines.isEmpty()) {
                continue;
            }
            List<String> codes = lines.stream().map(LineDraft::code).toList();
            String message = exclusion.statutory() ? exclusion.message() + " " + markExcluded(context, lines)
                    : exclusion.message();
            context.findings().add(ID, exclusion.severity(), codes, message, exclusion.fix());
        }
    }
}

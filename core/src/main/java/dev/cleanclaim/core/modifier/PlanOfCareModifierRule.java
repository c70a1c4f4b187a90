package dev.cleanclaim.core.modifier;

import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.scrub.LineSelector;
import dev.cleanclaim.core.scrub.Rule;
import dev.cleanclaim.core.scrub.RuleParams;
import dev.cleanclaim.core.scrub.ScrubContext;

import java.util.List;
import java.util.Optional;

/**
 * modifier.therapy: the plan-of-care modifier a payer wants. Medicare: GP, GO or GN on every always-therapy code
 * (GP on PT evaluations, GO on OT evaluations). A payer may instead name code families and one modifier
 * (UnitedHealthcare: GP on all physical medicine, chiropractic included).
 */
public final class PlanOfCareModifierRule implements Rule {

    static final String ID = "modifier.therapy";

    private final LineSelector selector;
    private final Optional<String> modifier;

    public PlanOfCareModifierRule(RuleParams params) {
        params.allowOnly("codes", "families", "modifier");
        this.selector = LineSelector.from(params);
        this.modifier = params.text("modifier");
    }

    @Override
    public void apply(ScrubContext context) {
        for (LineDraft line : context.lines()) {
            boolean applies = selector.isEmpty() ? line.entry().alwaysTherapy() : selector.matches(line);
            if (applies) {
                check(context, line, modifier.orElseGet(() -> required(line, context.visit().provider().type())));
            }
        }
    }

    private void check(ScrubContext context, LineDraft line, String required) {
        if (!line.hasAnyModifier(Modifiers.THERAPY)) {
            line.addModifier(required);
            context.findings().info(ID, List.of(line.code()), "Appended " + required + " to " + line.code() + ": "
                    + context.payer().name() + " requires the therapy plan-of-care modifier on it.");
            return;
        }
        boolean fixedByCode = switch (line.entry().therapyModifier()) {
            case GP, GO -> true;
            default -> false;
        };
        if (fixedByCode && !line.hasModifier(required)) {
            List<String> present = line.modifiers().stream().filter(Modifiers.THERAPY::contains).toList();
            context.findings().error(ID, List.of(line.code()), line.code() + " (" + line.entry().description()
                            + ") always takes " + required + ", but was billed with " + String.join(", ", present) + ".",
                    "Replace " + String.join(", ", present) + " with " + required + " on " + line.code() + ".");
        }
    }

    /** GP/GO fixed by the code, otherwise by the discipline of the plan of care the provider works under. */
    static String required(LineDraft line, ProviderType provider) {
        return switch (line.entry().therapyModifier()) {
            case GP -> "GP";
            case GO -> "GO";
            default -> provider == ProviderType.OT || provider == ProviderType.OTA ? "GO" : "GP";
        };
    }
}

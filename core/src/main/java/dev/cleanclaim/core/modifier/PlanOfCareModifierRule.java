package dev.cleanclaim.core.modifier;

import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.catalog.TherapyDesignation;
import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.scrub.LineSelector;
import dev.cleanclaim.core.scrub.Rule;
import dev.cleanclaim.core.scrub.RuleParams;
import dev.cleanclaim.core.scrub.ScrubContext;

import java.util.List;
import java.util.Optional;

/**
 * modifier.therapy: the plan-of-care modifier a payer wants. Medicare: GP, GO or GN on every always-therapy code
 * (GP on PT evaluations, GO on OT evaluations), and on a sometimes-therapy code when a therapist furnishes it under a
 * plan of care; from a physician or chiropractor a sometimes-therapy code is not therapy and takes none. A payer may
 * instead name code families and one modifier (UnitedHealthcare: GP on all physical medicine, chiropractic included).
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
        ProviderType provider = context.visit().provider().type();
        for (LineDraft line : context.lines()) {
            boolean applies = selector.isEmpty() ? line.entry().isTherapyWhenFurnishedBy(provider) : selector.matches(line);
            if (applies) {
                check(context, line, modifier.orElseGet(() -> required(line, provider)), provider);
            }
        }
    }

    private void check(ScrubContext context, LineDraft line, String required, ProviderType provider) {
        if (!line.hasAnyModifier(Modifiers.THERAPY)) {
            line.addModifier(required);
            // A sometimes-therapy code is therapy only because of who furnished it: say so, or the biller cannot tell.
            String why = selector.isEmpty() && line.entry().therapy() == TherapyDesignation.SOMETIMES
                    ? " " + withArticle(provider.title()) + " furnished it under a plan of care, so it is therapy, and "
                    : " ";
            context.findings().info(ID, List.of(line.code()), "Appended " + required + " to " + line.code() + ":" + why
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

    private static String withArticle(String title) {
        return ("aeiou".indexOf(title.charAt(0)) >= 0 ? "an " : "a ") + title;
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

package dev.cleanclaim.core.modifier;

import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.scrub.Rule;
import dev.cleanclaim.core.scrub.ScrubContext;

import java.util.List;

/** modifier.conflict: modifiers that contradict each other, or more than a line can carry. */
public final class ModifierConflictRule implements Rule {

    static final String ID = "modifier.conflict";

    @Override
    public void apply(ScrubContext context) {
        for (LineDraft line : context.lines()) {
            List<String> codes = List.of(line.code());
            if (line.hasModifier("59") && line.hasAnyModifier(Modifiers.X_MODIFIERS)) {
                List<String> xModifiers = line.modifiers().stream().filter(Modifiers.X_MODIFIERS::contains).toList();
                context.findings().error(ID, codes, line.code() + " carries both 59 and " + String.join(", ", xModifiers)
                                + ": 59 is never used together with an X modifier.",
                        "Keep " + xModifiers.get(0) + " (the more precise one) and remove 59.");
            }
            if (line.hasModifier("AT") && line.hasModifier("GA")) {
                context.findings().error(ID, codes, line.code() + " carries both AT (active treatment) and GA (ABN for"
                                + " care Medicare will not pay): they contradict each other.",
                        "Keep AT for active treatment, or GA for maintenance care with a signed ABN.");
            }
            if (line.modifiers().size() > Modifiers.MAX_PER_LINE) {
                context.findings().error(ID, codes, line.code() + " carries " + line.modifiers().size() + " modifiers ("
                                + String.join(", ", line.modifiers()) + "); a claim line holds at most four.",
                        "Keep the pricing modifiers first and drop the least informative ones.");
            }
        }
    }
}

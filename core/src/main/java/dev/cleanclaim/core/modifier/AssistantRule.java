package dev.cleanclaim.core.modifier;

import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.scrub.Rule;
import dev.cleanclaim.core.scrub.ScrubContext;

import java.util.List;

/**
 * modifier.assistant: therapy furnished in whole or part by a PT assistant takes CQ, by an OT assistant CO
 * (Medicare since 2020-01-01; paid at 85% since 2022-01-01, as the modifier rule data says). Therapy is an
 * always-therapy code, or a sometimes-therapy code in a therapist's visit (an assistant works only under one).
 */
public final class AssistantRule implements Rule {

    static final String ID = "modifier.assistant";

    @Override
    public void apply(ScrubContext context) {
        ProviderType provider = context.visit().provider().type();
        for (LineDraft line : context.lines()) {
            boolean byAssistant = provider.isAssistant() || line.anyService(service -> service.assistant());
            if (byAssistant && line.entry().isTherapyWhenFurnishedBy(provider) && !line.hasAnyModifier(Modifiers.ASSISTANT)) {
                String modifier = provider == ProviderType.OTA || provider == ProviderType.OT ? "CO" : "CQ";
                line.addModifier(modifier);
                context.findings().info(ID, List.of(line.code()), "Appended " + modifier + " to " + line.code()
                        + ": an assistant furnished the service" + payment(context, modifier) + ".");
            }
        }
    }

    // What Medicare pays with the modifier on the date, as the rule data says: nothing to add before the reduction.
    private static String payment(ScrubContext context, String modifier) {
        return context.rules().modifiers().find(modifier).flatMap(ModifierDefinition::medicareShare)
                .filter(share -> share.appliesOn(context.dateOfService()))
                .map(share -> "; Medicare pays it at " + share.share().movePointRight(2).stripTrailingZeros().toPlainString()
                        + "% of the fee schedule")
                .orElse("");
    }
}

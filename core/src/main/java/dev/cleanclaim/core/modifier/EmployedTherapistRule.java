package dev.cleanclaim.core.modifier;

import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.scrub.LineSelector;
import dev.cleanclaim.core.scrub.Rule;
import dev.cleanclaim.core.scrub.RuleParams;
import dev.cleanclaim.core.scrub.ScrubContext;
import dev.cleanclaim.core.visit.Provider;

import java.util.List;
import java.util.Set;

/**
 * modifier.employed: a payer's modifier for a therapist employed and supervised by another provider who bills
 * the service (the seed's Blue Cross plan: massage by a chiropractor's massage therapist is 97124-U7).
 */
public final class EmployedTherapistRule implements Rule {

    static final String ID = "modifier.employed";

    private final Set<ProviderType> providers;
    private final Set<ProviderType> employers;
    private final LineSelector selector;
    private final String modifier;

    public EmployedTherapistRule(RuleParams params) {
        params.allowOnly("providers", "employedBy", "codes", "families", "modifier");
        this.providers = ProviderTypes.parse(params, "providers");
        this.employers = ProviderTypes.parse(params, "employedBy");
        this.selector = LineSelector.from(params);
        this.modifier = params.requiredText("modifier");
    }

    @Override
    public void apply(ScrubContext context) {
        Provider provider = context.visit().provider();
        if (!providers.contains(provider.type()) || provider.employedBy().filter(employers::contains).isEmpty()) {
            return;
        }
        for (LineDraft line : context.lines()) {
            if (selector.matches(line) && line.addModifier(modifier)) {
                context.findings().info(ID, List.of(line.code()), "Appended " + modifier + " to " + line.code() + ": "
                        + context.payer().name() + " has the service of a " + provider.type().title() + " employed and"
                        + " supervised by a " + provider.employedBy().orElseThrow().title() + " billed by the employer with "
                        + modifier + ".");
            }
        }
    }
}

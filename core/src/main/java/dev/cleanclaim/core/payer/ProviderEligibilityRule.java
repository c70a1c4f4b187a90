package dev.cleanclaim.core.payer;

import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.modifier.ProviderTypes;
import dev.cleanclaim.core.scrub.LineSelector;
import dev.cleanclaim.core.scrub.Rule;
import dev.cleanclaim.core.scrub.RuleParams;
import dev.cleanclaim.core.scrub.ScrubContext;
import dev.cleanclaim.core.visit.Provider;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * provider.not-eligible: the provider may not render the code (from the code catalog), or the payer does not pay
 * this kind of provider for it (Medicare and massage therapists; a plan that pays massage only by PTs and OTs).
 */
public final class ProviderEligibilityRule implements Rule {

    static final String ID = "provider.not-eligible";

    /** One payer restriction: for the selected lines, who is not eligible (or who alone is), and why. */
    private record Restriction(LineSelector lines, Set<ProviderType> ineligible, Set<ProviderType> onlyProviders,
                               Set<ProviderType> unlessEmployedBy, String message, String fix) {
    }

    private final List<Restriction> restrictions = new ArrayList<>();

    public ProviderEligibilityRule(RuleParams params) {
        params.allowOnly("restrictions");
        for (RuleParams entry : params.entries("restrictions")) {
            entry.allowOnly("codes", "families", "providers", "onlyProviders", "unlessEmployedBy", "message", "fix");
            restrictions.add(new Restriction(LineSelector.from(entry), ProviderTypes.parse(entry, "providers"),
                    ProviderTypes.parse(entry, "onlyProviders"), ProviderTypes.parse(entry, "unlessEmployedBy"),
                    entry.requiredText("message"), entry.requiredText("fix")));
        }
    }

    @Override
    public void apply(ScrubContext context) {
        Provider provider = context.visit().provider();
        for (LineDraft line : context.lines()) {
            if (!line.entry().renderers().contains(provider.type())) {
                context.findings().error(ID, List.of(line.code()), line.code() + " (" + line.entry().description()
                                + ") is not a service a " + provider.type().title() + " renders.",
                        "Bill it under a provider who renders " + line.code() + ", or bill the code for what the "
                                + provider.type().title() + " did.");
            }
        }
        for (Restriction restriction : restrictions) {
            if (!excludes(restriction, provider)) {
                continue;
            }
            List<String> codes = new ArrayList<>();
            for (LineDraft line : context.lines()) {
                // Lines the catalog already refuses for this provider were reported above.
                if (restriction.lines().matches(line) && line.entry().renderers().contains(provider.type())) {
                    codes.add(line.code());
                }
            }
            if (!codes.isEmpty()) {
                context.findings().error(ID, codes, restriction.message(), restriction.fix());
            }
        }
    }

    private static boolean excludes(Restriction restriction, Provider provider) {
        boolean listed = restriction.ineligible().contains(provider.type())
                || (!restriction.onlyProviders().isEmpty() && !restriction.onlyProviders().contains(provider.type()));
        boolean employed = provider.employedBy().filter(restriction.unlessEmployedBy()::contains).isPresent();
        return listed && !employed;
    }
}

package dev.cleanclaim.core.payer;

import dev.cleanclaim.core.practice.PayerAccount;
import dev.cleanclaim.core.scrub.ConfiguredRule;
import dev.cleanclaim.core.units.UnitMethod;

import java.util.List;
import java.util.Objects;

/**
 * A payer pack: who the payer is, how it counts units, the rules it applies and how it wants claims dressed.
 *
 * @param unitMethodSource  why this payer uses that unit method (a citation)
 * @param distinctModifier  what the engine appends to separate distinct services: XS unless the payer prefers 59
 * @param modifierOrder     the payer's modifier order, pricing modifiers first; at most four reach a line
 * @param rules             the rules this payer applies, in the order the engine runs them
 * @param medicareAllowed   price lines with the Medicare physician fee schedule (allowed amounts)
 * @param claimFilingIndicator the X12 claim filing indicator (837P SBR09: MB, MC, BL, CI, CH, ...), which also
 *                          picks the insurance type checked in CMS-1500 box 1
 */
public record Payer(String id, String name, UnitMethod unitMethod, String unitMethodSource, String distinctModifier,
                    List<String> modifierOrder, List<ConfiguredRule> rules, boolean medicareAllowed,
                    String claimFilingIndicator) {

    public Payer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unitMethod, "unitMethod");
        Objects.requireNonNull(unitMethodSource, "unitMethodSource");
        Objects.requireNonNull(distinctModifier, "distinctModifier");
        Objects.requireNonNull(claimFilingIndicator, "claimFilingIndicator");
        modifierOrder = List.copyOf(modifierOrder);
        rules = List.copyOf(rules);
    }

    /**
     * This pack as one insurer of the practice's directory bills it: under the entry's id and name, with the entry's
     * claim filing indicator, unit method and distinct-service modifier where it sets them; the pack's rules.
     */
    public Payer asAccount(String accountId, PayerAccount account) {
        return new Payer(accountId, account.name(), account.unitMethod().orElse(unitMethod),
                account.unitMethod().isPresent() ? "the practice's payer directory: " + account.name() + " counts units by "
                        + account.unitMethod().get().id() : unitMethodSource,
                account.distinctModifier().orElse(distinctModifier), modifierOrder, rules, medicareAllowed,
                account.claimFilingIndicator().orElse(claimFilingIndicator));
    }

    public boolean applies(String ruleId) {
        return rules.stream().anyMatch(rule -> rule.id().equals(ruleId));
    }
}

package dev.cleanclaim.core.payer;

import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.practice.PayerAccount;
import dev.cleanclaim.core.scrub.ConfiguredRule;
import dev.cleanclaim.core.units.UnitMethod;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

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
 * @param contracted        the allowed amount per unit the practice contracted with this payer, by code; empty for a
 *                          pack (a pack is no one's contract), filled when a directory entry is billed under its pack
 */
public record Payer(String id, String name, UnitMethod unitMethod, String unitMethodSource, String distinctModifier,
                    List<String> modifierOrder, List<ConfiguredRule> rules, boolean medicareAllowed,
                    String claimFilingIndicator, Map<String, Money> contracted) {

    /** The claim filing indicator of self-pay (837P SBR09 "09"): papers for the patient, no claim to a payer. */
    public static final String SELF_PAY = "09";

    public Payer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unitMethod, "unitMethod");
        Objects.requireNonNull(unitMethodSource, "unitMethodSource");
        Objects.requireNonNull(distinctModifier, "distinctModifier");
        Objects.requireNonNull(claimFilingIndicator, "claimFilingIndicator");
        modifierOrder = List.copyOf(modifierOrder);
        rules = List.copyOf(rules);
        contracted = Collections.unmodifiableMap(new TreeMap<>(contracted));
    }

    /** A pack as rule data describes it: no contract of its own. */
    public Payer(String id, String name, UnitMethod unitMethod, String unitMethodSource, String distinctModifier,
                 List<String> modifierOrder, List<ConfiguredRule> rules, boolean medicareAllowed,
                 String claimFilingIndicator) {
        this(id, name, unitMethod, unitMethodSource, distinctModifier, modifierOrder, rules, medicareAllowed,
                claimFilingIndicator, Map.of());
    }

    /**
     * This pack as one insurer of the practice's directory bills it: under the entry's id and name, with the entry's
     * claim filing indicator, unit method and distinct-service modifier where it sets them, and its contract; the
     * pack's rules.
     */
    public Payer asAccount(String accountId, PayerAccount account) {
        return new Payer(accountId, account.name(), account.unitMethod().orElse(unitMethod),
                account.unitMethod().isPresent() ? "the practice's payer directory: " + account.name() + " counts units by "
                        + account.unitMethod().get().id() : unitMethodSource,
                account.distinctModifier().orElse(distinctModifier), modifierOrder, rules, medicareAllowed,
                account.claimFilingIndicator().orElse(claimFilingIndicator), account.contracted());
    }

    public boolean applies(String ruleId) {
        return rules.stream().anyMatch(rule -> rule.id().equals(ruleId));
    }

    /** A self-pay client gets a superbill or receipt; there is no 837P or CMS-1500 to send anyone. */
    public boolean selfPay() {
        return SELF_PAY.equals(claimFilingIndicator);
    }

    /** The contracted allowed amount for the code's units, when the practice has a contract price for it. */
    public Optional<Money> contractedFor(String code, int units) {
        return Optional.ofNullable(contracted.get(code)).map(perUnit -> perUnit.times(units));
    }
}

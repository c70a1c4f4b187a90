package dev.cleanclaim.core.modifier;

import dev.cleanclaim.core.fees.ModifierShare;
import dev.cleanclaim.core.ruledata.UniqueIndex;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every modifier the rule data dates: what each means and the dates of service it may be billed on. A modifier the
 * catalog does not list has no dates cleanclaim knows of, so nothing here refuses it.
 */
public final class ModifierCatalog {

    private final Map<String, ModifierDefinition> byModifier;

    public ModifierCatalog(Collection<ModifierDefinition> modifiers) {
        this.byModifier = Map.copyOf(UniqueIndex.byKey(modifiers, ModifierDefinition::modifier, "modifier"));
        for (ModifierDefinition definition : modifiers) {
            definition.predecessor().filter(earlier -> !byModifier.containsKey(earlier)).ifPresent(earlier -> {
                throw new IllegalArgumentException("modifier " + definition.modifier() + " names predecessor " + earlier
                        + ", which is not listed");
            });
        }
    }

    public Optional<ModifierDefinition> find(String modifier) {
        return Optional.ofNullable(byModifier.get(modifier));
    }

    public List<ModifierDefinition> all() {
        return byModifier.values().stream().sorted(Comparator.comparing(ModifierDefinition::modifier)).toList();
    }

    /** Whether the modifier may be billed on the epoch day: listed and in force then, or not dated at all. */
    public boolean inForce(String modifier, long epochDay) {
        ModifierDefinition definition = byModifier.get(modifier);
        return definition == null || definition.period().contains(epochDay);
    }

    /**
     * The modifier to bill for this purpose on the epoch day: the one asked for when it is in force, else the
     * predecessor that did its job then (XS asked for in 2014 is 59). With nothing in force, the one asked for: the
     * not-in-force rule then says so.
     */
    public String inForceFor(String modifier, long epochDay) {
        String candidate = modifier;
        // A predecessor chain is short (XS -> 59); the bound only guards against a loop in a rule folder's file.
        for (int step = 0; step <= byModifier.size() && !inForce(candidate, epochDay); step++) {
            Optional<String> earlier = byModifier.get(candidate).predecessor();
            if (earlier.isEmpty()) {
                return modifier;
            }
            candidate = earlier.get();
        }
        return inForce(candidate, epochDay) ? candidate : modifier;
    }

    /** The shares of the fee schedule Medicare pays with some modifiers (CQ, CO), for pricing. */
    public List<ModifierShare> medicareShares() {
        return all().stream().flatMap(definition -> definition.medicareShare().stream()).toList();
    }
}

package dev.cleanclaim.core.modifier;

import dev.cleanclaim.core.fees.ModifierShare;
import dev.cleanclaim.core.time.EffectivePeriod;

import java.util.Objects;
import java.util.Optional;

/**
 * One modifier as the rule data knows it (modifiers.csv).
 *
 * @param meaning       what it says, in cleanclaim's own words
 * @param period        the dates of service it may be billed on; open at the start when it is older than any date
 *                      cleanclaim bills or no date could be cited
 * @param predecessor   the modifier that did its job before it took effect (59 before the X modifiers), if any
 * @param medicareShare the share of the fee schedule Medicare pays with it, from a date on (CQ/CO), if any
 * @param source        where the meaning and the dates come from
 */
public record ModifierDefinition(String modifier, String meaning, EffectivePeriod period, Optional<String> predecessor,
                                 Optional<ModifierShare> medicareShare, String source) {

    public ModifierDefinition {
        Objects.requireNonNull(modifier, "modifier");
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(predecessor, "predecessor");
        Objects.requireNonNull(medicareShare, "medicareShare");
        Objects.requireNonNull(source, "source");
        if (predecessor.filter(modifier::equals).isPresent()) {
            throw new IllegalArgumentException("modifier " + modifier + " cannot be its own predecessor");
        }
        if (medicareShare.filter(share -> !share.modifier().equals(modifier)).isPresent()) {
            throw new IllegalArgumentException("the Medicare share of " + modifier + " names another modifier");
        }
    }
}

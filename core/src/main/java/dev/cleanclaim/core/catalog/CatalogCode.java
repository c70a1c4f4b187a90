package dev.cleanclaim.core.catalog;

import dev.cleanclaim.core.time.EffectivePeriod;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What cleanclaim knows of one procedure code. The description is our own wording, never the AMA descriptor.
 *
 * @param therapy       where the code stands on CMS's therapy code list: always, sometimes or never therapy
 * @param renderers     the provider types that may render the code
 * @param replacedBy    for a deleted code, the codes that took its place
 * @param family        the kind of service (massage, manual-therapy, cmt-spinal, ...) that payer rules select by
 */
public record CatalogCode(
        String code,
        String description,
        UnitBasis unitBasis,
        CodeCategory category,
        TherapyDesignation therapy,
        TherapyModifierRule therapyModifier,
        EffectivePeriod period,
        Set<ProviderType> renderers,
        List<String> replacedBy,
        String family) {

    public CatalogCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unitBasis, "unitBasis");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(therapy, "therapy");
        Objects.requireNonNull(therapyModifier, "therapyModifier");
        Objects.requireNonNull(period, "period");
        renderers = Set.copyOf(renderers);
        replacedBy = List.copyOf(replacedBy);
        Objects.requireNonNull(family, "family");
    }

    /** CMS "always therapy": billed only under a therapy plan of care, whoever furnishes it. */
    public boolean alwaysTherapy() {
        return therapy == TherapyDesignation.ALWAYS;
    }

    /** Whether a service of this code is outpatient therapy when a provider of this type furnishes it. */
    public boolean isTherapyWhenFurnishedBy(ProviderType provider) {
        return therapy.isTherapyWhenFurnishedBy(provider);
    }

    public boolean isTimed() {
        return unitBasis == UnitBasis.TIMED_15 || unitBasis == UnitBasis.HOURLY;
    }
}

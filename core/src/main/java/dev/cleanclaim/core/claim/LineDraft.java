package dev.cleanclaim.core.claim;

import dev.cleanclaim.core.catalog.CatalogCode;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.region.BodyRegion;
import dev.cleanclaim.core.visit.Service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A claim line while the engine works on it: its code, units and the services behind it are fixed; rules add
 * modifiers and read regions and pointers. Becomes a {@link ClaimLine} when scrubbing ends.
 */
public final class LineDraft {

    private final CatalogCode entry;
    private final int units;
    private final OptionalInt minutes;
    private final List<Service> services;
    private final Set<BodyRegion> regions;
    private final LinkedHashSet<String> modifiers;
    private final List<Integer> pointers;
    private final Optional<Money> charge;
    private Optional<Money> allowed = Optional.empty();

    public LineDraft(CatalogCode entry, int units, OptionalInt minutes, List<Service> services,
                     Collection<String> modifiers, List<Integer> pointers, Optional<Money> charge) {
        this.entry = entry;
        this.units = units;
        this.minutes = minutes;
        this.services = List.copyOf(services);
        Set<BodyRegion> lineRegions = new LinkedHashSet<>();
        services.forEach(service -> lineRegions.addAll(service.regions()));
        this.regions = Collections.unmodifiableSet(lineRegions);
        this.modifiers = new LinkedHashSet<>(modifiers);
        this.pointers = new ArrayList<>(pointers);
        this.charge = charge;
    }

    public String code() {
        return entry.code();
    }

    public CatalogCode entry() {
        return entry;
    }

    public int units() {
        return units;
    }

    public OptionalInt minutes() {
        return minutes;
    }

    public List<Service> services() {
        return services;
    }

    public Set<BodyRegion> regions() {
        return regions;
    }

    public List<String> modifiers() {
        return List.copyOf(modifiers);
    }

    public boolean hasModifier(String modifier) {
        return modifiers.contains(modifier);
    }

    public boolean hasAnyModifier(Collection<String> candidates) {
        return candidates.stream().anyMatch(modifiers::contains);
    }

    /** Adds a modifier the engine requires; false when the line already had it. */
    public boolean addModifier(String modifier) {
        return modifiers.add(modifier);
    }

    /** Puts the modifiers in the payer's order (pricing modifiers first); unlisted ones keep their place after. */
    public void orderModifiers(List<String> payerOrder) {
        List<String> ordered = new ArrayList<>(modifiers);
        ordered.sort(java.util.Comparator.comparingInt(modifier -> {
            int index = payerOrder.indexOf(modifier);
            return index < 0 ? payerOrder.size() : index;
        }));
        modifiers.clear();
        modifiers.addAll(ordered);
    }

    /** Indexes into the claim's diagnoses, most relevant first. */
    public List<Integer> pointers() {
        return List.copyOf(pointers);
    }

    public Optional<Money> charge() {
        return charge;
    }

    public Optional<Money> allowed() {
        return allowed;
    }

    public void setAllowed(Money amount) {
        allowed = Optional.of(amount);
    }

    public boolean anyService(java.util.function.Predicate<Service> test) {
        return services.stream().anyMatch(test);
    }

    public ClaimLine toClaimLine() {
        List<String> letters = pointers.stream().map(index -> String.valueOf((char) ('A' + index))).toList();
        return new ClaimLine(code(), modifiers(), units, minutes, letters, charge, allowed);
    }
}

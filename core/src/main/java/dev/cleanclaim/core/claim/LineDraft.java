package dev.cleanclaim.core.claim;

import dev.cleanclaim.core.catalog.CatalogCode;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.region.BodyRegion;
import dev.cleanclaim.core.visit.Service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;

import static dev.cleanclaim.core.modifier.Modifiers.STATUTORILY_EXCLUDED;

/**
 * A claim line while the engine works on it: its code, units and the services behind it are fixed; rules add
 * modifiers and read regions and pointers. Becomes a {@link ClaimLine} when scrubbing ends.
 */
public final class LineDraft {

    private static final String[] LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("");

    private final CatalogCode entry;
    private final int units;
    private final OptionalInt minutes;
    private final List<Service> services;
    // Lists, not sets: a line has a few regions and modifiers, and every claim builds several lines.
    private final List<BodyRegion> regions;
    private final List<String> modifiers;
    private final List<Integer> pointers;
    private final Optional<Money> charge;
    private Optional<Money> allowed = Optional.empty();

    public LineDraft(CatalogCode entry, int units, OptionalInt minutes, List<Service> services,
                     Collection<String> modifiers, List<Integer> pointers, Optional<Money> charge) {
        this.entry = entry;
        this.units = units;
        this.minutes = minutes;
        this.services = Collections.unmodifiableList(new ArrayList<>(services));
        List<BodyRegion> lineRegions = new ArrayList<>(4);
        for (int s = 0; s < services.size(); s++) {
            List<BodyRegion> serviceRegions = services.get(s).regions();
            for (int r = 0; r < serviceRegions.size(); r++) {
                if (!lineRegions.contains(serviceRegions.get(r))) {
                    lineRegions.add(serviceRegions.get(r));
                }
            }
        }
        this.regions = Collections.unmodifiableList(lineRegions);
        this.modifiers = new ArrayList<>(4);
        for (String modifier : modifiers) {
            addModifier(modifier);
        }
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

    /** The body regions of the line's services, each once, in order. */
    public List<BodyRegion> regions() {
        return regions;
    }

    /** The line's modifiers in order; a read-only view, valid until the next change. */
    public List<String> modifiers() {
        return Collections.unmodifiableList(modifiers);
    }

    /**
     * True when the line is marked as excluded by law (GY): sent only for Medicare's denial, never paid, so the rules
     * that decide how a covered service is paid (thresholds, distinct regions, medical necessity) leave it alone.
     */
    public boolean excludedByStatute() {
        return hasModifier(STATUTORILY_EXCLUDED);
    }

    public boolean hasModifier(String modifier) {
        return modifiers.contains(modifier);
    }

    public boolean hasAnyModifier(Collection<String> candidates) {
        for (int i = 0; i < modifiers.size(); i++) {
            if (candidates.contains(modifiers.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Adds a modifier the engine requires; false when the line already had it. */
    public boolean addModifier(String modifier) {
        if (modifiers.contains(modifier)) {
            return false;
        }
        return modifiers.add(modifier);
    }

    /** Puts the modifiers in the payer's order (pricing modifiers first); unlisted ones keep their place after. */
    public void orderModifiers(List<String> payerOrder) {
        if (modifiers.size() < 2) {
            return;
        }
        // A stable sort: modifiers the payer does not list keep their relative place after the listed ones.
        modifiers.sort(Comparator.comparingInt(modifier -> {
            int index = payerOrder.indexOf(modifier);
            return index < 0 ? payerOrder.size() : index;
        }));
    }

    /** Indexes into the claim's diagnoses, most relevant first. */
    public List<Integer> pointers() {
        return Collections.unmodifiableList(pointers);
    }

    /** Sets the diagnosis pointers once the line's regions are known. */
    public void pointTo(List<Integer> diagnosisIndexes) {
        pointers.clear();
        pointers.addAll(diagnosisIndexes);
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

    public boolean anyService(Predicate<Service> test) {
        for (int i = 0; i < services.size(); i++) {
            if (test.test(services.get(i))) {
                return true;
            }
        }
        return false;
    }

    public ClaimLine toClaimLine() {
        String[] letters = new String[pointers.size()];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = LETTERS[pointers.get(i)];
        }
        return new ClaimLine(code(), List.copyOf(modifiers), units, minutes, List.of(letters), charge, allowed,
                description());
    }

    /** The therapist's words for what was done, which an unlisted code (97139) must carry to be priced. */
    private Optional<String> description() {
        List<String> texts = new ArrayList<>(1);
        for (Service service : services) {
            service.description().filter(text -> !texts.contains(text)).ifPresent(texts::add);
        }
        return texts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", texts));
    }
}

package dev.cleanclaim.core.coding;

import dev.cleanclaim.core.claim.FindingCollector;
import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.fees.FeeSchedule;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.region.BodyRegion;
import dev.cleanclaim.core.units.UnitLine;
import dev.cleanclaim.core.visit.Diagnosis;
import dev.cleanclaim.core.visit.Service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** One claim line per code with units: the biller's modifiers, diagnosis pointers and charge. */
final class LineBuilder {

    static final int MAX_POINTERS = 4;

    private final FeeSchedule fees;

    LineBuilder(FeeSchedule fees) {
        this.fees = fees;
    }

    LineDraft build(UnitLine units, List<CodedService> sameCode, List<Diagnosis> diagnoses, FindingCollector findings) {
        Set<String> modifiers = new LinkedHashSet<>();
        Set<BodyRegion> regions = new LinkedHashSet<>();
        List<Service> services = new ArrayList<>();
        for (CodedService coded : sameCode) {
            Service service = coded.service();
            services.add(service);
            service.modifiers().forEach(modifier -> modifiers.add(modifier.trim().toUpperCase(Locale.ROOT)));
            regions.addAll(service.regions());
        }
        OptionalInt minutes = sameCode.get(0).entry().isTimed() ? OptionalInt.of(units.minutes()) : OptionalInt.empty();
        Optional<Money> charge = fees.chargeFor(units.code(), units.units());
        if (charge.isEmpty()) {
            findings.warning("charge.missing", List.of(units.code()),
                    "The fee schedule \"" + fees.name() + "\" has no fee for " + units.code() + ", so the line has no charge.",
                    "Add " + units.code() + " to the practice fee schedule.");
        }
        return new LineDraft(sameCode.get(0).entry(), units.units(), minutes, services, modifiers,
                pointers(regions, diagnoses), charge);
    }

    /**
     * Points to the diagnoses of the line's own body regions, in the claim's diagnosis order. A line with no
     * region in common with any diagnosis (hot packs, say) points to the primary diagnosis; the dx.pointer rule
     * says so where the payer's rules ask for it.
     */
    static List<Integer> pointers(Set<BodyRegion> regions, List<Diagnosis> diagnoses) {
        List<Integer> pointers = new ArrayList<>();
        for (int i = 0; i < diagnoses.size() && pointers.size() < MAX_POINTERS; i++) {
            if (diagnoses.get(i).regions().stream().anyMatch(regions::contains)) {
                pointers.add(i);
            }
        }
        if (pointers.isEmpty() && !diagnoses.isEmpty()) {
            pointers.add(0);
        }
        return pointers;
    }
}

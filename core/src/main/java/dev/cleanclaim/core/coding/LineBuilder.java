package dev.cleanclaim.core.coding;

import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.core.claim.FindingCollector;
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

/** One claim line per code with units: modifiers, diagnosis pointers and charge. */
final class LineBuilder {

    static final int MAX_POINTERS = 4;

    private final FeeSchedule fees;

    LineBuilder(FeeSchedule fees) {
        this.fees = fees;
    }

    ClaimLine build(UnitLine units, List<CodedService> sameCode, List<Diagnosis> diagnoses, FindingCollector findings) {
        Set<String> modifiers = new LinkedHashSet<>();
        Set<BodyRegion> regions = new LinkedHashSet<>();
        for (CodedService coded : sameCode) {
            Service service = coded.service();
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
        return new ClaimLine(units.code(), List.copyOf(modifiers), units.units(), minutes,
                pointers(regions, diagnoses), charge);
    }

    /**
     * Points to the diagnoses of the line's own body regions, in the claim's diagnosis order. A line with no
     * region in common with any diagnosis (hot packs, say) points to the primary diagnosis.
     */
    static List<String> pointers(Set<BodyRegion> regions, List<Diagnosis> diagnoses) {
        List<String> pointers = new ArrayList<>();
        for (int i = 0; i < diagnoses.size() && pointers.size() < MAX_POINTERS; i++) {
            if (diagnoses.get(i).regions().stream().anyMatch(regions::contains)) {
                pointers.add(letter(i));
            }
        }
        if (pointers.isEmpty() && !diagnoses.isEmpty()) {
            pointers.add(letter(0));
        }
        return pointers;
    }

    static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }
}

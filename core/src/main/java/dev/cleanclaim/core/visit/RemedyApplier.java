package dev.cleanclaim.core.visit;

import dev.cleanclaim.core.claim.Remedy;
import dev.cleanclaim.core.coding.TechniqueEntry;
import dev.cleanclaim.core.region.BodyRegion;
import dev.cleanclaim.core.ruledata.RuleData;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies a finding's remedy to the visit it came from: the edit a person would have made by hand, so scrubbing
 * the edited visit again is the proof that it worked. A pure function of the visit, the remedy and rule data.
 *
 * <p>Services are matched by the code the engine bills them under: the biller's code, or for a service recorded
 * by technique alone the code that technique stands for with the visit's provider (as coding does). A remedy for
 * a code no service has leaves the visit as it is, so applying one twice is harmless.
 */
public final class RemedyApplier {

    private RemedyApplier() {
    }

    /**
     * The visit with the remedy applied.
     *
     * @throws IllegalArgumentException when the remedy names a region rule data does not know, or would drop every
     *                                  service of the visit (a visit with nothing done is not a visit to bill)
     */
    public static Visit apply(Visit visit, Remedy remedy, RuleData rules) {
        if (remedy instanceof Remedy.AddDiagnosis add) {
            return with(visit, addDiagnosis(visit.diagnoses(), add, rules), visit.services());
        }
        if (remedy instanceof Remedy.AppendModifier append) {
            return with(visit, visit.diagnoses(), appendModifier(visit, append, rules));
        }
        return with(visit, visit.diagnoses(), dropService(visit, (Remedy.DropService) remedy, rules));
    }

    /** The code a service is billed under, or empty when its technique codes to nothing for this provider. */
    private static Optional<String> billedCode(Service service, Visit visit, RuleData rules) {
        if (service.code().isPresent()) {
            return service.code();
        }
        return rules.techniques().resolve(service.technique().orElseThrow(), visit.provider().type())
                .map(TechniqueEntry::code);
    }

    /** The code's diagnosis gains the region if it is already listed (a code is listed once); otherwise it is added last. */
    private static List<Diagnosis> addDiagnosis(List<Diagnosis> diagnoses, Remedy.AddDiagnosis add, RuleData rules) {
        BodyRegion region = rules.regions().find(add.region()).orElseThrow(() -> new IllegalArgumentException(
                "unknown region \"" + add.region() + "\"; expected one of " + String.join(", ", rules.regions().ids())));
        List<Diagnosis> edited = new ArrayList<>(diagnoses);
        for (int d = 0; d < edited.size(); d++) {
            Diagnosis diagnosis = edited.get(d);
            if (diagnosis.code().equals(add.code())) {
                if (!diagnosis.regions().contains(region)) {
                    List<BodyRegion> regions = new ArrayList<>(diagnosis.regions());
                    regions.add(region);
                    edited.set(d, new Diagnosis(diagnosis.code(), regions));
                }
                return edited;
            }
        }
        edited.add(new Diagnosis(add.code(), List.of(region)));
        return edited;
    }

    private static List<Service> appendModifier(Visit visit, Remedy.AppendModifier append, RuleData rules) {
        List<Service> edited = new ArrayList<>(visit.services().size());
        for (Service service : visit.services()) {
            if (isBilledAs(service, append.code(), visit, rules) && !service.modifiers().contains(append.modifier())) {
                List<String> modifiers = new ArrayList<>(service.modifiers());
                modifiers.add(append.modifier());
                service = new Service(service.code(), service.technique(), service.minutes(), service.regions(), modifiers,
                        service.assistant(), service.description());
            }
            edited.add(service);
        }
        return edited;
    }

    private static List<Service> dropService(Visit visit, Remedy.DropService drop, RuleData rules) {
        List<Service> kept = new ArrayList<>(visit.services().size());
        for (Service service : visit.services()) {
            if (!isBilledAs(service, drop.code(), visit, rules)) {
                kept.add(service);
            }
        }
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("dropping " + drop.code()
                    + " would leave the visit without services; do not bill the visit instead");
        }
        return kept;
    }

    private static boolean isBilledAs(Service service, String code, Visit visit, RuleData rules) {
        return billedCode(service, visit, rules).filter(code::equals).isPresent();
    }

    private static Visit with(Visit visit, List<Diagnosis> diagnoses, List<Service> services) {
        return new Visit(visit.dateOfService(), visit.payer(), visit.provider(), diagnoses, services,
                visit.documentation(), visit.patient(), visit.circumstances());
    }
}

package dev.cleanclaim.core.documentation;

import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.claim.Severity;
import dev.cleanclaim.core.coding.TechniqueEntry;
import dev.cleanclaim.core.coding.TechniqueMap;
import dev.cleanclaim.core.scrub.Rule;
import dev.cleanclaim.core.scrub.RuleParams;
import dev.cleanclaim.core.scrub.ScrubContext;
import dev.cleanclaim.core.visit.Service;

import java.util.List;

/**
 * doc.medical-necessity: a service is necessary only with a documented condition that supports it (RULES §7):
 * 97124 needs one of seven conditions; each 97140 technique its own finding (joint mobilization: restricted
 * joint motion; manual traction: cervical radiculopathy; ...). Which condition supports what is rule data.
 */
public final class MedicalNecessityRule implements Rule {

    static final String ID = "doc.medical-necessity";

    private final Severity severity;

    public MedicalNecessityRule(RuleParams params) {
        params.allowOnly("severity");
        this.severity = params.severity("severity", Severity.ERROR);
    }

    @Override
    public void apply(ScrubContext context) {
        List<String> documented = context.visit().documentation().medicalNecessity();
        MedicalNecessityCatalog catalog = context.rules().conditions();
        for (LineDraft line : context.lines()) {
            if (catalog.supporting(line.code()).isEmpty()) {
                continue;
            }
            for (Service service : line.services()) {
                List<MedicalNecessityCatalog.Condition> needed = conditionsFor(context, line, service);
                if (!needed.isEmpty() && needed.stream().noneMatch(condition -> documented.contains(condition.id()))) {
                    report(context, line, service, needed);
                }
            }
        }
    }

    /** The technique's own conditions when the data has them, else the code's. */
    private static List<MedicalNecessityCatalog.Condition> conditionsFor(ScrubContext context, LineDraft line, Service service) {
        MedicalNecessityCatalog catalog = context.rules().conditions();
        List<MedicalNecessityCatalog.Condition> byTechnique = service.technique()
                .flatMap(technique -> context.rules().techniques().resolve(technique, context.visit().provider().type()))
                .map(TechniqueEntry::technique).map(TechniqueMap::normalize)
                .map(catalog::supportingTechnique).orElse(List.of());
        return byTechnique.isEmpty() ? catalog.supporting(line.code()) : byTechnique;
    }

    private void report(ScrubContext context, LineDraft line, Service service, List<MedicalNecessityCatalog.Condition> needed) {
        String what = service.technique().map(technique -> line.code() + " (" + technique + ")").orElse(line.code());
        String options = String.join("; ", needed.stream().map(c -> c.id() + " (" + c.label() + ")").toList());
        String message = what + " is medically necessary only with a documented condition that supports it; none is"
                + " documented. Supporting conditions: " + options + ".";
        context.findings().add(ID, severity, List.of(line.code()), message,
                "Document the condition in the notes and list its id in documentation.medicalNecessity.");
    }
}

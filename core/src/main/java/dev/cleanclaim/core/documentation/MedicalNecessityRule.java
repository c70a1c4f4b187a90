package dev.cleanclaim.core.documentation;

import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.claim.Severity;
import dev.cleanclaim.core.coding.TechniqueEntry;
import dev.cleanclaim.core.coding.TechniqueMap;
import dev.cleanclaim.core.scrub.Rule;
import dev.cleanclaim.core.scrub.RuleParams;
import dev.cleanclaim.core.scrub.ScrubContext;
import dev.cleanclaim.core.visit.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * doc.medical-necessity: a service is necessary only with a documented condition that supports it (RULES §7):
 * 97124 needs one of seven conditions; each 97140 technique its own finding (joint mobilization: restricted
 * joint motion; manual traction: cervical radiculopathy; ...). Which condition supports what is rule data.
 * When the visit records conditions that support something else, the message names them and what they do support,
 * so the biller sees why the one on file is not enough.
 */
public final class MedicalNecessityRule implements Rule {

    static final String ID = "doc.medical-necessity";

    /** What a service needs: the conditions that support it, and what the message calls it. */
    private record Need(String subject, List<MedicalNecessityCatalog.Condition> conditions, boolean byTechnique) {
    }

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
            // Necessity decides whether a covered service is paid; a service excluded by law is not covered at all.
            if (line.excludedByStatute() || catalog.supporting(line.code()).isEmpty()) {
                continue;
            }
            for (Service service : line.services()) {
                Need need = needOf(context, line, service);
                if (!need.conditions().isEmpty()
                        && need.conditions().stream().noneMatch(condition -> documented.contains(condition.id()))) {
                    report(context, line, service, need);
                }
            }
        }
    }

    /** The technique's own conditions when the data has them, else the code's. */
    private static Need needOf(ScrubContext context, LineDraft line, Service service) {
        MedicalNecessityCatalog catalog = context.rules().conditions();
        Optional<String> technique = service.technique();
        List<MedicalNecessityCatalog.Condition> byTechnique = technique
                .flatMap(written -> context.rules().techniques().resolve(written, context.visit().provider().type()))
                .map(TechniqueEntry::technique).map(TechniqueMap::normalize)
                .map(catalog::supportingTechnique).orElse(List.of());
        return byTechnique.isEmpty() ? new Need(line.code(), catalog.supporting(line.code()), false)
                : new Need(technique.orElseThrow(), byTechnique, true);
    }

    private void report(ScrubContext context, LineDraft line, Service service, Need need) {
        String what = service.technique().map(technique -> line.code() + " (" + technique + ")").orElse(line.code());
        String supporting = String.join("; ", need.conditions().stream().map(MedicalNecessityCatalog.Condition::label).toList());
        List<MedicalNecessityCatalog.Condition> onFile = context.visit().documentation().medicalNecessity().stream()
                .map(context.rules().conditions()::find).flatMap(Optional::stream).toList();
        String start = what + " is medically necessary only with a documented condition that supports it";
        if (onFile.isEmpty()) {
            context.findings().add(ID, severity, List.of(line.code()), start + ", and the visit records none."
                            + " Conditions that support it: " + supporting + ".",
                    "If the notes record one of these conditions, mark it on the visit; if they record none, "
                            + need.subject() + " is not medically necessary for this payer and should not be billed to it.");
            return;
        }
        context.findings().add(ID, severity, List.of(line.code()), start + ". The visit records "
                        + recorded(onFile, line, need, context.rules().techniques()) + ". Conditions that support " + need.subject() + ": " + supporting + ".",
                "If the notes also record a condition that supports " + need.subject() + ", mark it on the visit;"
                        + " if not, " + need.subject() + " is not medically necessary for this payer and should not be"
                        + " billed to it.");
    }

    /** The conditions on file and what each does support: "tight muscles ..., which supports 97124, not joint mobilization". */
    private static String recorded(List<MedicalNecessityCatalog.Condition> onFile, LineDraft line, Need need,
                                   TechniqueMap techniques) {
        if (onFile.size() == 1) {
            return onFile.get(0).label() + ", which supports " + supports(onFile.get(0), line, need, techniques) + ", not "
                    + need.subject();
        }
        List<String> each = onFile.stream().map(condition -> condition.label() + " (supports "
                + supports(condition, line, need, techniques) + ")").toList();
        return String.join(" and ", each) + ", none of which supports " + need.subject();
    }

    // A technique with conditions of its own is not supported through its code: leave the code out of the list.
    private static String supports(MedicalNecessityCatalog.Condition condition, LineDraft line, Need need,
                                   TechniqueMap techniques) {
        List<String> what = new ArrayList<>(condition.codes().stream().sorted()
                .filter(code -> !(need.byTechnique() && code.equals(line.code()))).toList());
        what.addAll(condition.techniques().stream().sorted().map(name -> spelled(name, techniques)).toList());
        if (what.isEmpty()) {
            return "other services";
        }
        return what.size() == 1 ? what.get(0)
                : String.join(", ", what.subList(0, what.size() - 1)) + " and " + what.get(what.size() - 1);
    }

    /** Conditions name techniques in matching form ("non chiropractic manipulation"); say them as the map spells them. */
    private static String spelled(String normalized, TechniqueMap techniques) {
        return techniques.entriesNamed(normalized).stream().findFirst().map(TechniqueEntry::technique).orElse(normalized);
    }
}

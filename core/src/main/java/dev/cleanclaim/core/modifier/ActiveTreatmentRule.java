package dev.cleanclaim.core.modifier;

import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.scrub.Rule;
import dev.cleanclaim.core.scrub.ScrubContext;
import dev.cleanclaim.core.visit.Documentation;

import java.util.List;
import java.util.Set;

/**
 * modifier.at: Medicare pays spinal manipulation only as active/corrective treatment, marked AT. Maintenance care
 * is not payable: with a signed ABN it takes GA (the patient pays), and AT and GA never go together.
 */
public final class ActiveTreatmentRule implements Rule {

    static final String ID = "modifier.at";

    @Override
    public void apply(ScrubContext context) {
        Documentation notes = context.visit().documentation();
        for (LineDraft line : context.linesOfFamily(Set.of("cmt-spinal"))) {
            List<String> codes = List.of(line.code());
            if (notes.activeTreatment()) {
                if (line.addModifier("AT")) {
                    context.findings().info(ID, codes, "Appended AT to " + line.code()
                            + ": the notes document active/corrective treatment.");
                }
            } else if (line.hasModifier("AT")) {
                context.findings().error(ID, codes, line.code() + " carries AT (active treatment), but the notes do not"
                                + " document active/corrective treatment.",
                        "If the notes show active/corrective treatment, mark the visit as active treatment; otherwise remove AT.");
            } else if (notes.abn()) {
                line.addModifier("GA");
                context.findings().warning(ID, codes, "Maintenance care: " + line.code() + " is not payable by Medicare"
                                + " without active treatment. Appended GA: the signed ABN makes the patient liable.",
                        "Collect payment from the patient as the ABN states.");
            } else {
                context.findings().warning(ID, codes, "No active/corrective treatment is documented: maintenance "
                                + "manipulation is not payable by Medicare, and without an ABN the patient cannot be billed.",
                        "Document active treatment (AT is then appended), or have the patient sign an ABN (GA).");
            }
        }
    }
}

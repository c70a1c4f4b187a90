package dev.cleanclaim.core.cmt;

import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.dx.Subluxation;
import dev.cleanclaim.core.scrub.Rule;
import dev.cleanclaim.core.scrub.ScrubContext;
import dev.cleanclaim.core.visit.Diagnosis;

import java.util.List;
import java.util.Set;

/**
 * dx.subluxation: Medicare pays spinal manipulation only as treatment of a subluxation: the primary diagnosis is
 * a segmental dysfunction (M99.0x) and a secondary neuromusculoskeletal diagnosis supports it.
 */
public final class SubluxationDiagnosisRule implements Rule {

    static final String ID = "dx.subluxation";

    @Override
    public void apply(ScrubContext context) {
        List<LineDraft> spinal = context.linesOfFamily(Set.of(CmtLines.SPINAL));
        if (spinal.isEmpty()) {
            return;
        }
        List<Diagnosis> diagnoses = context.visit().diagnoses();
        String code = spinal.get(0).code();
        if (!Subluxation.is(diagnoses.get(0).code())) {
            context.findings().error(ID, List.of(code, diagnoses.get(0).code()), code + " needs a subluxation as the primary"
                            + " diagnosis (M99.00-M99.09, segmental and somatic dysfunction); the first diagnosis is "
                            + diagnoses.get(0).code() + ".",
                    "List the M99.0x subluxation of the manipulated region first, then the condition it causes.");
        } else if (diagnoses.size() < 2) {
            context.findings().error(ID, List.of(code), code + " needs a secondary neuromusculoskeletal diagnosis beside"
                            + " the subluxation " + diagnoses.get(0).code() + ".",
                    "Add the condition the subluxation causes (for example M54.2 cervicalgia) as the second diagnosis.");
        }
    }
}

package dev.cleanclaim.core.dx;

import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.scrub.Rule;
import dev.cleanclaim.core.scrub.ScrubContext;
import dev.cleanclaim.core.visit.Diagnosis;

import java.util.List;

/**
 * dx.pointer: each line points (box 24E, at most four) to the diagnoses of its own regions; a claim holds at most
 * twelve diagnoses (A-L).
 */
public final class DiagnosisPointerRule implements Rule {

    static final String ID = "dx.pointer";
    static final int MAX_DIAGNOSES = 12;

    private static boolean concernsAny(List<Diagnosis> diagnoses, LineDraft line) {
        for (int d = 0; d < diagnoses.size(); d++) {
            var regions = diagnoses.get(d).regions();
            for (int r = 0; r < regions.size(); r++) {
                if (line.regions().contains(regions.get(r))) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public void apply(ScrubContext context) {
        List<Diagnosis> diagnoses = context.visit().diagnoses();
        if (diagnoses.size() > MAX_DIAGNOSES) {
            context.findings().error(ID, List.of(), "The visit lists " + diagnoses.size() + " diagnoses; a claim holds"
                            + " at most 12 (A-L).",
                    "Keep the 12 diagnoses the lines point to, most specific first, or split the services over two claims.");
        }
        for (LineDraft line : context.lines()) {
            if (line.regions().isEmpty()) {
                continue;
            }
            if (!concernsAny(diagnoses, line)) {
                context.findings().warning(ID, List.of(line.code()), "No diagnosis on the claim concerns the region(s) "
                                + String.join(", ", line.regions().stream().map(r -> r.id()).toList()) + " of " + line.code()
                                + "; it points to the primary diagnosis instead.",
                        "Add the diagnosis that " + line.code() + " treats, with its region, so the line can point to it.");
            }
        }
    }
}

package dev.cleanclaim.core.cmt;

import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.modifier.Modifiers;
import dev.cleanclaim.core.region.BodyRegion;
import dev.cleanclaim.core.scrub.Rule;
import dev.cleanclaim.core.scrub.ScrubContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * cmt.documentation: 97140 with a manipulation on the same date needs six documented elements (RULES §4):
 * a region neither the same nor contiguous, a clinical rationale for a separate service, the technique, the
 * location, time that meets the timed-service rule, and modifier 59 or an X modifier. Each missing one is named.
 */
public final class CmtDocumentationRule implements Rule {

    static final String ID = "cmt.documentation";
    private static final String MANUAL_THERAPY = "97140";

    @Override
    public void apply(ScrubContext context) {
        List<LineDraft> cmt = CmtLines.of(context);
        if (cmt.isEmpty()) {
            return;
        }
        context.line(MANUAL_THERAPY).filter(line -> !line.excludedByStatute())
                .ifPresent(line -> check(context, line, CmtLines.regions(cmt)));
    }

    private static void check(ScrubContext context, LineDraft line, Set<BodyRegion> manipulated) {
        List<String> missing = new ArrayList<>();
        if (line.regions().isEmpty() || context.rules().contiguity().sameOrContiguous(line.regions(), manipulated)) {
            missing.add("(1) a region neither the same as nor contiguous with the manipulated one");
        }
        if (!context.visit().documentation().clinicalRationale()) {
            missing.add("(2) the clinical rationale for a separate service");
        }
        if (!line.anyService(service -> service.technique().isPresent())) {
            missing.add("(3) a description of the technique");
        }
        if (line.regions().isEmpty()) {
            missing.add("(4) the location treated");
        }
        if (line.minutes().orElse(0) < 8) {
            missing.add("(5) time that meets the timed-service rule (8 minutes or more)");
        }
        if (!line.hasAnyModifier(Modifiers.X_MODIFIERS) && !line.hasModifier("59")) {
            missing.add("(6) modifier 59 or the right X modifier");
        }
        if (!missing.isEmpty()) {
            context.findings().warning(ID, List.of(line.code()), "97140 billed with chiropractic manipulation lacks "
                            + missing.size() + " of the six elements its documentation must show: " + String.join("; ", missing) + ".",
                    "Complete the treatment note with each missing element before submitting.");
        }
    }
}

package dev.cleanclaim.core.documentation;

import dev.cleanclaim.core.catalog.UnitBasis;
import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.scrub.Rule;
import dev.cleanclaim.core.scrub.ScrubContext;

import java.util.ArrayList;
import java.util.List;

/**
 * doc.missing: what every timed therapy line must document (clinical rationale, anatomical site, minutes), and
 * the description an unlisted code must carry. Missing minutes are reported while coding, since without them
 * there are no units.
 */
public final class MissingDocumentationRule implements Rule {

    static final String ID = "doc.missing";

    @Override
    public void apply(ScrubContext context) {
        List<LineDraft> timed = new ArrayList<>(context.lines().size());
        for (LineDraft line : context.lines()) {
            if (line.entry().unitBasis() == UnitBasis.TIMED_15) {
                timed.add(line);
            }
        }
        if (!timed.isEmpty() && !context.visit().documentation().clinicalRationale()) {
            context.findings().warning(ID, timed.stream().map(LineDraft::code).toList(),
                    "No clinical rationale is documented for the timed services: the notes must say why each was needed.",
                    "Write in the treatment notes why each timed service was needed, then mark the visit as giving the clinical"
                            + " rationale.");
        }
        for (LineDraft line : timed) {
            if (line.regions().isEmpty()) {
                context.findings().warning(ID, List.of(line.code()), line.code() + " has no anatomical site recorded.",
                        "Record the body region(s) treated with " + line.code() + ".");
            }
        }
        for (LineDraft line : context.lines()) {
            if (line.entry().unitBasis() == UnitBasis.PER_SESSION && !line.anyService(service -> service.description().isPresent())) {
                context.findings().error(ID, List.of(line.code()), line.code() + " is an unlisted procedure: the claim"
                                + " must describe the service, and no description was given.",
                        "Add a description (e.g. \"cupping therapy, 4 cups, lumbar paraspinals, 10 minutes\").");
            }
        }
    }
}

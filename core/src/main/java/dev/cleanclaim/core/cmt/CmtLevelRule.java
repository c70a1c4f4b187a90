package dev.cleanclaim.core.cmt;

import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.region.BodyRegion;
import dev.cleanclaim.core.scrub.Rule;
import dev.cleanclaim.core.scrub.ScrubContext;

import java.util.List;

/** cmt.level: the number of spinal regions manipulated picks the code: 1-2 98940, 3-4 98941, 5 98942; extraspinal 98943. */
public final class CmtLevelRule implements Rule {

    static final String ID = "cmt.level";

    @Override
    public void apply(ScrubContext context) {
        for (LineDraft line : CmtLines.of(context)) {
            List<BodyRegion> spinal = CmtLines.spinal(line);
            boolean extraspinalCode = line.entry().family().equals(CmtLines.EXTRASPINAL);
            if (extraspinalCode) {
                if (!spinal.isEmpty()) {
                    context.findings().error(ID, List.of(line.code()), line.code() + " is extraspinal manipulation, but "
                                    + "spinal regions were recorded for it (" + CmtLines.ids(spinal) + ").",
                            "Bill the spinal regions as " + levelFor(spinal.size()) + " and keep " + line.code()
                                    + " for the extraspinal regions only.");
                }
            } else if (spinal.isEmpty()) {
                context.findings().error(ID, List.of(line.code()), line.code() + " is spinal manipulation, but no spinal"
                                + " region (cervical, thoracic, lumbar, sacral, pelvic) was recorded for it.",
                        line.regions().isEmpty()
                                ? "Record the spinal regions manipulated; their number picks 98940, 98941 or 98942."
                                : "Extraspinal regions (" + CmtLines.ids(line.regions()) + ") are billed as 98943.");
            } else if (!levelFor(spinal.size()).equals(line.code())) {
                context.findings().error(ID, List.of(line.code()), line.code() + " does not match the " + spinal.size()
                                + " spinal region(s) manipulated (" + CmtLines.ids(spinal) + ").",
                        "Bill " + levelFor(spinal.size()) + " for " + spinal.size() + " spinal region(s).");
            }
        }
    }

    static String levelFor(int spinalRegions) {
        if (spinalRegions <= 2) {
            return "98940";
        }
        return spinalRegions <= 4 ? "98941" : "98942";
    }
}

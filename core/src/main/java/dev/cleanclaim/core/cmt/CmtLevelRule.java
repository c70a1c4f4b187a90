package dev.cleanclaim.core.cmt;

import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.region.BodyRegion;
import dev.cleanclaim.core.scrub.Rule;
import dev.cleanclaim.core.scrub.ScrubContext;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * cmt.level: the number of spinal regions manipulated picks the code: 1-2 98940, 3-4 98941, 5 98942; extraspinal
 * 98943. Spinal manipulation is one service a visit: two spinal codes on one visit are billed as the one code the
 * regions together call for, never by dropping one of them.
 */
public final class CmtLevelRule implements Rule {

    static final String ID = "cmt.level";
    private static final List<String> SPINAL_LEVELS = List.of("98940", "98941", "98942");

    @Override
    public void apply(ScrubContext context) {
        boolean combined = combineSpinalCodes(context);
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
            } else if (!combined && !levelFor(spinal.size()).equals(line.code())) {
                context.findings().error(ID, List.of(line.code()), line.code() + " does not match the " + spinal.size()
                                + " spinal region(s) manipulated (" + CmtLines.ids(spinal) + ").",
                        "Bill " + levelFor(spinal.size()) + " for " + spinal.size() + " spinal region(s).");
            }
        }
    }

    /** 98940 + 98941 on five regions in all is 98942; the NCCI pair between them is settled here, not by a drop. */
    private static boolean combineSpinalCodes(ScrubContext context) {
        List<LineDraft> spinalLines = context.linesOfFamily(Set.of(CmtLines.SPINAL));
        if (spinalLines.size() < 2) {
            return false;
        }
        Set<BodyRegion> regions = new LinkedHashSet<>();
        spinalLines.forEach(line -> regions.addAll(CmtLines.spinal(line)));
        List<String> codes = spinalLines.stream().map(LineDraft::code).toList();
        for (int i = 0; i < codes.size(); i++) {
            for (int j = i + 1; j < codes.size(); j++) {
                context.settlePair(codes.get(i), codes.get(j));
            }
        }
        String combined = levelFor(regions.size());
        context.findings().error(ID, codes, String.join(" and ", codes) + " were both billed for one visit: spinal"
                        + " manipulation is one service a visit, coded by all the spinal regions manipulated together ("
                        + regions.size() + ": " + CmtLines.ids(regions) + ").",
                "Bill " + combined + " once for the " + regions.size() + " spinal region(s), in place of "
                        + String.join(" and ", codes) + ".");
        return true;
    }

    /** The order of the spinal levels, 98940 lowest; -1 for any other code. */
    static int rank(String code) {
        return SPINAL_LEVELS.indexOf(code);
    }

    static String levelFor(int spinalRegions) {
        if (spinalRegions <= 2) {
            return SPINAL_LEVELS.get(0);
        }
        return SPINAL_LEVELS.get(spinalRegions <= 4 ? 1 : 2);
    }
}

package dev.cleanclaim.core.cmt;

import dev.cleanclaim.core.catalog.CodeFamilies;
import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.region.BodyRegion;
import dev.cleanclaim.core.region.RegionKind;
import dev.cleanclaim.core.scrub.ScrubContext;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The chiropractic manipulation lines of a claim and the regions they treat. */
final class CmtLines {

    static final String SPINAL = CodeFamilies.CMT_SPINAL;
    static final String EXTRASPINAL = CodeFamilies.CMT_EXTRASPINAL;

    private CmtLines() {
    }

    private static final Set<String> FAMILIES = Set.of(SPINAL, EXTRASPINAL);

    static List<LineDraft> of(ScrubContext context) {
        return context.linesOfFamily(FAMILIES);
    }

    static Set<BodyRegion> regions(List<LineDraft> cmtLines) {
        Set<BodyRegion> regions = new LinkedHashSet<>();
        cmtLines.forEach(line -> regions.addAll(line.regions()));
        return regions;
    }

    static List<BodyRegion> spinal(LineDraft line) {
        return line.regions().stream().filter(region -> region.kind() == RegionKind.SPINAL).toList();
    }

    static String ids(Collection<BodyRegion> regions) {
        return String.join(", ", regions.stream().map(BodyRegion::id).toList());
    }
}

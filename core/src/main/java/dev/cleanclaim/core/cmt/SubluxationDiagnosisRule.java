package dev.cleanclaim.core.cmt;

import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.dx.Subluxation;
import dev.cleanclaim.core.region.BodyRegion;
import dev.cleanclaim.core.region.RegionCatalog;
import dev.cleanclaim.core.scrub.Rule;
import dev.cleanclaim.core.scrub.ScrubContext;
import dev.cleanclaim.core.visit.Diagnosis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * dx.subluxation: Medicare pays spinal manipulation only as treatment of a spinal subluxation. The claim's primary
 * diagnosis is the subluxation (M99.00-M99.05) of a region manipulated, and a secondary neuromusculoskeletal
 * diagnosis supports it; each manipulation line points to a spinal subluxation first; and the level billed (1-2,
 * 3-4 or 5 regions) counts only the manipulated regions with a subluxation on the claim. An extraspinal subluxation
 * (M99.06-M99.09) or a pain code does not make a spinal manipulation payable.
 */
public final class SubluxationDiagnosisRule implements Rule {

    static final String ID = "dx.subluxation";

    @Override
    public void apply(ScrubContext context) {
        List<LineDraft> spinal = context.linesOfFamily(Set.of(CmtLines.SPINAL));
        List<Diagnosis> diagnoses = context.visit().diagnoses();
        if (spinal.isEmpty() || diagnoses.isEmpty()) {
            return;
        }
        RegionCatalog regions = context.rules().regions();
        Set<BodyRegion> manipulated = CmtLines.regions(spinal);
        String code = spinal.get(0).code();
        Diagnosis primary = diagnoses.get(0);
        Optional<BodyRegion> primaryRegion = regions.spinalRegionOfSubluxation(primary.code());
        if (!Subluxation.is(primary.code())) {
            context.findings().error(ID, List.of(code, primary.code()), code + " needs a spinal subluxation as the"
                            + " primary diagnosis (M99.00-M99.05, segmental and somatic dysfunction of a region manipulated);"
                            + " the first diagnosis is " + primary.code() + ".",
                    "List the subluxation of the manipulated region first (for example M99.03 for the lumbar spine),"
                            + " then the condition it causes.");
        } else if (primaryRegion.isEmpty()) {
            context.findings().error(ID, List.of(code, primary.code()), primary.code() + " is an extraspinal"
                            + " subluxation: Medicare pays " + code + " only for a spinal one, so the primary diagnosis"
                            + " must be M99.00-M99.05 of a region manipulated.",
                    "List the spinal subluxation of a manipulated region (" + CmtLines.ids(manipulated) + ") first;"
                            + " keep " + primary.code() + " further down if it still applies.");
        } else if (!manipulated.contains(primaryRegion.get())) {
            context.findings().error(ID, List.of(code, primary.code()), "The primary diagnosis " + primary.code()
                            + " is a subluxation of the " + primaryRegion.get().id() + " region, which " + code
                            + " did not manipulate (" + CmtLines.ids(manipulated) + ").",
                    "List first the subluxation of a region manipulated, or record " + primaryRegion.get().id()
                            + " among the regions of " + code + " if it was manipulated.");
        } else if (diagnoses.size() < 2) {
            context.findings().error(ID, List.of(code), code + " needs a secondary neuromusculoskeletal diagnosis beside"
                            + " the subluxation " + primary.code() + ".",
                    "Add the condition the subluxation causes (for example M54.2 cervicalgia) as the second diagnosis.");
        }
        // With no spinal subluxation on the claim at all, the primary-diagnosis finding above says all there is to say.
        if (diagnoses.stream().anyMatch(diagnosis -> regions.spinalRegionOfSubluxation(diagnosis.code()).isPresent())) {
            for (LineDraft line : spinal) {
                checkFirstPointer(context, line, diagnoses, regions);
            }
        }
        checkLevel(context, spinal, manipulated, diagnoses, regions);
    }

    /** Payers read the first pointer as the reason for the line: for a manipulation it is the subluxation it treats. */
    private static void checkFirstPointer(ScrubContext context, LineDraft line, List<Diagnosis> diagnoses,
                                          RegionCatalog regions) {
        List<Diagnosis> pointed = context.diagnosesOf(line);
        if (pointed.isEmpty() || regions.spinalRegionOfSubluxation(pointed.get(0).code()).isPresent()) {
            return;
        }
        List<String> pointedCodes = pointed.stream().map(Diagnosis::code).toList();
        boolean anySubluxation = pointed.stream()
                .anyMatch(diagnosis -> regions.spinalRegionOfSubluxation(diagnosis.code()).isPresent());
        String message = anySubluxation
                ? line.code() + " points first to " + pointedCodes.get(0) + ", which is not a spinal subluxation; the"
                        + " first pointer of a manipulation line must be the subluxation it treats."
                : line.code() + " points only to " + String.join(", ", pointedCodes) + ", none of them a spinal"
                        + " subluxation: Medicare pays a manipulation only for the subluxation it treats.";
        Optional<Diagnosis> candidate = diagnoses.stream()
                .filter(diagnosis -> regions.spinalRegionOfSubluxation(diagnosis.code())
                        .filter(line.regions()::contains).isPresent())
                .findFirst();
        String fix = candidate.map(diagnosis -> "Record the region of " + diagnosis.code() + " ("
                        + regions.spinalRegionOfSubluxation(diagnosis.code()).orElseThrow().id()
                        + ") on the diagnosis so the line points to it first.")
                .orElse("Add the subluxation (M99.00-M99.05) of each region manipulated, with its region, so the"
                        + " line points to it first.");
        context.findings().error(ID, List.of(line.code()), message, fix);
    }

    /**
     * Two spinal codes on one visit are billed as one (cmt.level); on Medicare that one code counts only the regions
     * with a subluxation, so the level the regions alone call for may be one Medicare does not pay.
     */
    private static void combinedLevel(ScrubContext context, List<LineDraft> spinal, Map<BodyRegion, String> supported,
                                      String supportedLevel) {
        Set<BodyRegion> all = new LinkedHashSet<>();
        spinal.forEach(line -> all.addAll(CmtLines.spinal(line)));
        if (supported.size() >= all.size()) {
            return;
        }
        List<String> unsupported = all.stream().filter(region -> !supported.containsKey(region)).map(BodyRegion::id).toList();
        List<String> codes = spinal.stream().map(LineDraft::code).toList();
        context.findings().error(ID, codes, "Billed as the one manipulation they are, " + String.join(" and ", codes)
                        + " count only the spinal regions with a subluxation on the claim: " + supported.size() + " of "
                        + all.size() + " (none for " + String.join(", ", unsupported) + "), which support "
                        + supportedLevel + ".",
                "Bill " + supportedLevel + " once in place of " + String.join(" and ", codes) + ", or add the subluxation"
                        + " diagnosis the notes document for " + String.join(", ", unsupported) + ".");
    }

    /** A region manipulated without a subluxation on the claim does not count toward the level. */
    private static void checkLevel(ScrubContext context, List<LineDraft> spinal, Set<BodyRegion> manipulated,
                                   List<Diagnosis> diagnoses, RegionCatalog regions) {
        Map<BodyRegion, String> supported = new LinkedHashMap<>();
        for (Diagnosis diagnosis : diagnoses) {
            regions.spinalRegionOfSubluxation(diagnosis.code()).filter(manipulated::contains)
                    .ifPresent(region -> supported.putIfAbsent(region, diagnosis.code()));
        }
        if (supported.isEmpty()) {
            return; // the primary-diagnosis finding above already says a subluxation is missing
        }
        String supportedLevel = CmtLevelRule.levelFor(supported.size());
        if (spinal.size() > 1) {
            combinedLevel(context, spinal, supported, supportedLevel);
            return;
        }
        for (LineDraft line : spinal) {
            if (CmtLevelRule.rank(line.code()) <= CmtLevelRule.rank(supportedLevel)) {
                continue;
            }
            List<String> unsupported = new ArrayList<>();
            for (BodyRegion region : CmtLines.spinal(line)) {
                if (!supported.containsKey(region)) {
                    unsupported.add(region.id());
                }
            }
            List<String> withSubluxation = new ArrayList<>();
            supported.forEach((region, dx) -> withSubluxation.add(region.id() + " " + dx));
            context.findings().error(ID, List.of(line.code()), line.code() + " bills more spinal regions than have a"
                            + " subluxation on the claim: " + supported.size() + " of the regions manipulated do ("
                            + String.join(", ", withSubluxation) + "), none for " + String.join(", ", unsupported)
                            + ", and " + supported.size() + " region(s) support " + supportedLevel + ".",
                    "Add the subluxation diagnosis the notes document for " + String.join(", ", unsupported)
                            + ", or bill " + supportedLevel + ".");
        }
    }
}

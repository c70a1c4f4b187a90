package dev.cleanclaim.core.cmt;

import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.claim.Remedy;
import dev.cleanclaim.core.modifier.Modifiers;
import dev.cleanclaim.core.region.BodyRegion;
import dev.cleanclaim.core.scrub.Rule;
import dev.cleanclaim.core.scrub.RuleParams;
import dev.cleanclaim.core.scrub.ScrubContext;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * cmt.region: manual therapy, massage or neuromuscular re-education on the date of a manipulation is paid only on
 * another body region, never the same one (and for 97140 never a contiguous one), with a distinct-service
 * modifier and a diagnosis of that region. The engine appends the modifier when the visit shows all that.
 */
public final class CmtRegionRule implements Rule {

    static final String ID = "cmt.region";

    private final Set<String> codes;
    private final Set<String> notContiguous;

    public CmtRegionRule(RuleParams params) {
        params.allowOnly("codes", "notContiguous");
        List<String> listed = params.list("codes");
        this.codes = Set.copyOf(listed.isEmpty() ? List.of("97140", "97124", "97112") : listed);
        List<String> strict = params.list("notContiguous");
        this.notContiguous = Set.copyOf(strict.isEmpty() ? List.of("97140") : strict);
    }

    @Override
    public void apply(ScrubContext context) {
        List<LineDraft> cmt = CmtLines.of(context);
        if (cmt.isEmpty()) {
            return;
        }
        Set<BodyRegion> manipulated = CmtLines.regions(cmt);
        for (LineDraft line : context.lines()) {
            if (codes.contains(line.code())) {
                cmt.forEach(manipulation -> context.settlePair(manipulation.code(), line.code()));
                if (!line.excludedByStatute()) { // never paid, so where it was done does not matter
                    judge(context, line, manipulated, cmt.get(0).code());
                }
            }
        }
    }

    /**
     * The rule data's suggested code for the line's first region that has one: offered, never assumed. Not when
     * the code is already on the visit: it would only gain this region beside the one it has (a code is listed
     * once), and a diagnosis that also concerns the manipulated region does not set this line apart.
     */
    private static Optional<Remedy> suggestedDiagnosis(ScrubContext context, LineDraft line) {
        return line.regions().stream().filter(region -> region.suggestedDiagnosis().isPresent()).findFirst()
                .filter(region -> context.visit().diagnoses().stream()
                        .noneMatch(listed -> listed.code().equals(region.suggestedDiagnosis().get())))
                .<Remedy>map(region -> new Remedy.AddDiagnosis(region.suggestedDiagnosis().get(), region.id()));
    }

    private void judge(ScrubContext context, LineDraft line, Set<BodyRegion> manipulated, String cmtCode) {
        List<String> codes = List.of(line.code(), cmtCode);
        if (line.regions().isEmpty()) {
            context.findings().error(ID, codes, line.code() + " on the date of manipulation " + cmtCode
                            + " has no body region recorded, so nothing shows it was done apart from the manipulation.",
                    "Record the region " + line.code() + " was done on; only a region other than the one manipulated is paid.");
            return;
        }
        if (line.regions().stream().anyMatch(manipulated::contains)) {
            context.findings().error(ID, codes, line.code() + " was done on a region that was also manipulated ("
                            + CmtLines.ids(line.regions().stream().filter(manipulated::contains).toList())
                            + "): on the same region it is part of " + cmtCode + " and is not paid.",
                    "Drop " + line.code() + ", or correct its regions if it was done on another part of the body.",
                    Optional.of(new Remedy.DropService(line.code())));
            return;
        }
        if (notContiguous.contains(line.code()) && context.rules().contiguity().sameOrContiguous(line.regions(), manipulated)) {
            context.findings().error(ID, codes, line.code() + " was done on " + CmtLines.ids(line.regions())
                            + ", which touches the manipulated region(s) " + CmtLines.ids(manipulated)
                            + ": with manipulation it is paid only on a region neither the same nor contiguous.",
                    "Drop " + line.code() + ", or correct its regions if it was done on a separate part of the body.",
                    Optional.of(new Remedy.DropService(line.code())));
            return;
        }
        if (line.hasAnyModifier(Modifiers.DISTINCT_SERVICE)) {
            return;
        }
        String modifier = context.distinctModifier();
        if (context.pointsToItsOwnRegion(line, manipulated)) {
            line.addModifier(modifier);
            context.findings().info(ID, codes, "Appended " + modifier + " to " + line.code() + ": it was done on "
                    + CmtLines.ids(line.regions()) + ", separate from the manipulated " + CmtLines.ids(manipulated)
                    + ", and points to a diagnosis of that region.");
            return;
        }
        context.findings().error(ID, codes, line.code() + " on a separate region from the manipulation is paid only with "
                        + Modifiers.orDistinctProcedure(modifier) + " and a diagnosis of its own region (box 24E); no"
                        + " diagnosis of " + CmtLines.ids(line.regions()) + " is on the claim.",
                "Add the diagnosis for " + CmtLines.ids(line.regions()) + " so the line points to it; the engine then appends "
                        + modifier + ".", suggestedDiagnosis(context, line));
    }
}

package dev.cleanclaim.core.ncci;

import dev.cleanclaim.core.catalog.CodeFamilies;
import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.claim.Remedy;
import dev.cleanclaim.core.modifier.Modifiers;
import dev.cleanclaim.core.scrub.Rule;
import dev.cleanclaim.core.scrub.ScrubContext;

import java.util.List;
import java.util.Optional;

/**
 * ncci.ptp: code pairs billed on one date. Indicator 0: the column 2 line is denied whatever its modifiers.
 * Indicator 1: a distinct-service modifier on the column 2 line lets both pay; when the visit shows separate,
 * non-contiguous body regions and the line points to a diagnosis of its own region, the engine appends the
 * payer's distinct-service modifier itself. Where it cannot, the error carries the edit as a remedy when the
 * visit leaves no doubt which edit it is. An E/M visit is set apart by 25 alone, never 59 or an X modifier; two timed
 * services may be set apart by separate time blocks, so neither is offered as a one-click drop. Every finding names the quarter of the table it used; a date of service
 * after that quarter gets one ncci.ptp-quarter warning for the visit, since CMS may have added or deleted pairs since.
 */
public final class NcciPtpRule implements Rule {

    static final String ID = "ncci.ptp";
    static final String QUARTER_ID = "ncci.ptp-quarter";
    /** Separate time blocks are an unusual, non-overlapping service: XU, in CMS's modifier-59 guidance. */
    private static final String TIME_BLOCK_MODIFIER = "XU";

    @Override
    public void apply(ScrubContext context) {
        List<LineDraft> lines = context.lines();
        warnIfPastTheQuarter(context);
        int[] keys = new int[lines.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = ProcedureCodeKey.of(lines.get(i).code());
        }
        for (int i = 0; i < lines.size(); i++) {
            for (int j = i + 1; j < lines.size(); j++) {
                LineDraft a = lines.get(i);
                LineDraft b = lines.get(j);
                if (context.isSettled(a.code(), b.code())) {
                    continue;
                }
                Optional<PtpEdit> forward = context.rules().ptp().find(keys[i], keys[j], context.epochDay());
                if (forward.isPresent() && forward.get().modifierIndicator() != 9) {
                    judge(context, forward.get(), a, b);
                    continue;
                }
                Optional<PtpEdit> backward = context.rules().ptp().find(keys[j], keys[i], context.epochDay());
                if (backward.isPresent() && backward.get().modifierIndicator() != 9) {
                    judge(context, backward.get(), b, a);
                }
            }
        }
    }

    // One line has no pair to check, so only a claim of two codes or more is at risk from a stale table.
    private static void warnIfPastTheQuarter(ScrubContext context) {
        PtpTable table = context.rules().ptp();
        NcciQuarter quarter = table.quarter();
        if (context.lines().size() < 2 || !context.dateOfService().isAfter(quarter.lastDay())) {
            return;
        }
        context.findings().warning(QUARTER_ID, List.of(), "The NCCI PTP edits held are the " + quarter + " edition ("
                        + table.edition() + "), in force through " + quarter.lastDay() + "; this visit is on "
                        + context.dateOfService() + ", so pairs CMS has added or deleted since are not checked.",
                "Import the current quarter's NCCI PTP practitioner files (cleanclaim import ncci-ptp with parts f1-f4"
                        + " from cms.gov), then scrub again.");
    }

    private static void judge(ScrubContext context, PtpEdit edit, LineDraft column1, LineDraft column2) {
        String pair = column1.code() + " and " + column2.code();
        PtpTable table = context.rules().ptp();
        String source = " (" + table.quarter() + " edition: " + table.edition() + "; rationale: " + edit.rationale() + ")";
        List<String> codes = List.of(column2.code(), column1.code());
        if (column2.hasModifier(Modifiers.STATUTORILY_EXCLUDED)) {
            return; // denied as excluded whatever it is billed with; payer.not-covered has said so
        }
        if (edit.modifierIndicator() == 0) {
            context.findings().error(ID, codes, pair + " are never paid together on one date (modifier indicator 0):"
                            + " only column 1, " + column1.code() + ", is paid; no modifier separates them" + source + ".",
                    "Bill one of them: keep " + column1.code() + " and drop " + column2.code()
                            + ", unless the notes support billing only " + column2.code() + ".",
                    Optional.of(new Remedy.DropService(column2.code())));
            return;
        }
        if (column2.entry().family().equals(CodeFamilies.OFFICE_VISIT)) {
            judgeVisit(context, column1, column2, codes, source);
            return;
        }
        if (column2.hasAnyModifier(Modifiers.DISTINCT_SERVICE)) {
            return;
        }
        if (distinct(context, column1, column2)) {
            String modifier = context.distinctModifier();
            column2.addModifier(modifier);
            context.findings().info(ID, codes, "Appended " + modifier + " to " + column2.code() + ": it is bundled into "
                    + column1.code() + " unless distinct, and the visit shows it on a separate body region ("
                    + regions(column2) + " vs " + regions(column1) + ") with a diagnosis of its own" + source + ".");
            return;
        }
        String modifier = context.distinctModifier();
        if (column1.entry().isTimed() && column2.entry().isTimed()) {
            String timeBlocks = Modifiers.X_MODIFIERS.contains(modifier) ? TIME_BLOCK_MODIFIER : modifier;
            context.findings().error(ID, codes, column2.code() + " is bundled into " + column1.code() + " on the same"
                            + " date unless it was a distinct service" + source + ". Both are timed: on the same region"
                            + " they are distinct when done in separate time blocks, each with its own minutes in the notes.",
                    "Append " + timeBlocks + " to " + column2.code() + " when the notes show the two in separate time"
                            + " blocks (" + modifier + " when on separate body regions); otherwise bill the one the notes"
                            + " support.", remedy(context, column1, column2, false));
            return;
        }
        context.findings().error(ID, codes, column2.code() + " is bundled into " + column1.code()
                        + " on the same date unless it was a distinct service with a distinct-service modifier" + source + ".",
                "Append " + Modifiers.orDistinctProcedure(modifier) + " to " + column2.code()
                        + " when the services were on separate body regions, otherwise drop the column 2 code "
                        + column2.code() + ".", remedy(context, column1, column2, true));
    }

    /**
     * An E/M visit beside a procedure is paid only as a significant, separately identifiable evaluation, which is what
     * 25 says; 59 and the X modifiers are for procedures and never go on an E/M (NCCI policy manual ch. 1, ch. 11).
     */
    private static void judgeVisit(ScrubContext context, LineDraft column1, LineDraft visit, List<String> codes,
                                   String source) {
        if (visit.hasModifier(Modifiers.SEPARATE_EM)) {
            return;
        }
        // 59 or an X modifier on the visit is modifier.conflict's to report: it is wrong with or without this pair.
        String evaluation = "a significant, separately identifiable evaluation beyond the assessment that is part of "
                + column1.code() + " (a new problem, a re-examination)";
        context.findings().error(ID, codes, visit.code() + " is bundled into " + column1.code() + " on the same date"
                        + " unless it was " + evaluation + ", marked with 25" + source + ".",
                "Append 25 to " + visit.code() + " when the notes document " + evaluation + "; otherwise drop "
                        + visit.code() + ".",
                Optional.of(new Remedy.AppendModifier(visit.code(), Modifiers.SEPARATE_EM)));
    }

    /**
     * The fix above as data where the visit answers its question. Regions recorded apart (not touching): append
     * the payer's modifier. Column 2 done only on regions column 1 was done on: drop it, unless both are timed
     * (mayDrop false), since separate time blocks on one region can still make them distinct. No region recorded, or
     * regions partly shared or touching: only the notes can say, so the fix stays in words.
     */
    private static Optional<Remedy> remedy(ScrubContext context, LineDraft column1, LineDraft column2, boolean mayDrop) {
        if (column1.regions().isEmpty() || column2.regions().isEmpty()) {
            return Optional.empty();
        }
        if (!context.rules().contiguity().sameOrContiguous(column1.regions(), column2.regions())) {
            return Optional.of(new Remedy.AppendModifier(column2.code(), context.distinctModifier()));
        }
        if (mayDrop && column1.regions().containsAll(column2.regions())) {
            return Optional.of(new Remedy.DropService(column2.code()));
        }
        return Optional.empty();
    }

    private static boolean distinct(ScrubContext context, LineDraft column1, LineDraft column2) {
        return !column1.regions().isEmpty() && !column2.regions().isEmpty()
                && !context.rules().contiguity().sameOrContiguous(column1.regions(), column2.regions())
                && context.pointsToItsOwnRegion(column2, column1.regions());
    }

    static String regions(LineDraft line) {
        return String.join(", ", line.regions().stream().map(region -> region.id()).toList());
    }
}

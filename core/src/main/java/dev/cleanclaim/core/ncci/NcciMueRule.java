package dev.cleanclaim.core.ncci;

import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.modifier.Modifiers;
import dev.cleanclaim.core.fees.Rvu;
import dev.cleanclaim.core.scrub.Rule;
import dev.cleanclaim.core.scrub.ScrubContext;

import java.util.List;

/** ncci.mue: units of a code on one date above its medically unlikely edit (the table of that date) are denied. */
public final class NcciMueRule implements Rule {

    static final String ID = "ncci.mue";

    @Override
    public void apply(ScrubContext context) {
        MueTable table = context.rules().mue().forDate(context.dateOfService());
        for (LineDraft line : context.lines()) {
            if (line.hasModifier(Modifiers.STATUTORILY_EXCLUDED)) {
                continue; // sent only for Medicare's denial: payer.not-covered has said why no unit of it is paid
            }
            table.find(line.code()).filter(edit -> line.units() > edit.maxUnits())
                    .ifPresent(edit -> report(context, line, edit, table.edition()));
        }
    }

    private static void report(ScrubContext context, LineDraft line, MueEdit edit, String edition) {
        String limit = edit.maxUnits() == 0
                ? line.code() + " has a medically unlikely edit of 0: CMS pays no units of it to practitioners"
                        + zeroReason(context, line.code())
                : line.code() + " is billed with " + line.units() + " units; its medically unlikely edit allows "
                        + edit.maxUnits() + " per date";
        String fix = edit.maxUnits() == 0
                ? "Drop " + line.code() + " from the claim; it will be denied."
                : edit.adjudication() == 2
                        ? "Bill at most " + edit.maxUnits() + " units of " + line.code() + "; the rest cannot be paid."
                        : "Bill " + edit.maxUnits() + " units, or keep the units and send the treatment notes on appeal.";
        // An edit of 0 is a service never paid, so how units above a limit are judged (and appealed) does not apply.
        String judged = edit.maxUnits() == 0 ? "" : ". This is " + edit.adjudicationText();
        context.findings().error(ID, List.of(line.code()), limit + judged + " (" + edition + "; " + edit.rationale() + ").",
                fix);
    }

    private static String zeroReason(ScrubContext context, String code) {
        return context.rules().medicareFees().rvu(code, context.dateOfService())
                .flatMap(Rvu::unpaidReason).map(reason -> " (" + reason + ")").orElse("");
    }
}

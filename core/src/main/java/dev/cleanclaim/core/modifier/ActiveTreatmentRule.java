package dev.cleanclaim.core.modifier;

import dev.cleanclaim.core.catalog.CodeFamilies;
import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.scrub.Rule;
import dev.cleanclaim.core.scrub.RuleParams;
import dev.cleanclaim.core.scrub.ScrubContext;
import dev.cleanclaim.core.visit.Documentation;

import java.util.List;
import java.util.Set;

import static dev.cleanclaim.core.modifier.Modifiers.ABN_ON_FILE;
import static dev.cleanclaim.core.modifier.Modifiers.ACTIVE_TREATMENT;
import static dev.cleanclaim.core.modifier.Modifiers.NO_ABN;

/**
 * modifier.at: Medicare pays spinal manipulation only as active/corrective treatment, marked AT. Maintenance care
 * is not medically necessary and never goes out as if payable: with a signed ABN it takes GA (the patient pays),
 * without one GZ (Medicare denies, the practice is liable and may not bill the patient). A Medicare Advantage plan
 * (setting {@code maintenance: plan}) uses no ABN: the patient is liable only once the plan has said no in an
 * organization determination before the visit, so no GA or GZ goes on its lines.
 */
public final class ActiveTreatmentRule implements Rule {

    static final String ID = "modifier.at";
    private static final String ABN = "abn";
    private static final String PLAN = "plan";

    private final boolean abnDecidesLiability;

    public ActiveTreatmentRule(RuleParams params) {
        params.allowOnly("maintenance");
        String maintenance = params.text("maintenance", ABN);
        if (!maintenance.equals(ABN) && !maintenance.equals(PLAN)) {
            throw new IllegalArgumentException(params.owner() + ": setting maintenance must be " + ABN + " (Original"
                    + " Medicare's ABN, GA or GZ) or " + PLAN + " (a plan's own determination), got " + maintenance);
        }
        this.abnDecidesLiability = maintenance.equals(ABN);
    }

    @Override
    public void apply(ScrubContext context) {
        Documentation notes = context.visit().documentation();
        for (LineDraft line : context.linesOfFamily(Set.of(CodeFamilies.CMT_SPINAL))) {
            List<String> codes = List.of(line.code());
            if (notes.activeTreatment()) {
                if (line.addModifier(ACTIVE_TREATMENT)) {
                    context.findings().info(ID, codes, "Appended AT to " + line.code()
                            + ": the notes document active/corrective treatment.");
                }
            } else if (line.hasModifier(ACTIVE_TREATMENT)) {
                context.findings().error(ID, codes, line.code() + " carries AT (active treatment), but the notes do not"
                                + " document active/corrective treatment.",
                        "If the notes show active/corrective treatment, mark the visit as active treatment; otherwise"
                                + " remove AT: maintenance care goes with GA (signed ABN) or GZ (no ABN).");
            } else if (!abnDecidesLiability) {
                maintenanceUnderAPlan(context, line, codes);
            } else if (notes.abn()) {
                maintenanceWithAbn(context, line, codes);
            } else {
                maintenanceWithoutAbn(context, line, codes);
            }
        }
    }

    private static void maintenanceUnderAPlan(ScrubContext context, LineDraft line, List<String> codes) {
        List<String> abnModifiers = line.modifiers().stream()
                .filter(modifier -> modifier.equals(ABN_ON_FILE) || modifier.equals(NO_ABN)).toList();
        if (!abnModifiers.isEmpty()) {
            context.findings().error(ID, codes, line.code() + " carries " + String.join(", ", abnModifiers) + ", Original"
                            + " Medicare's ABN modifiers; " + context.payer().name() + " does not use the ABN.",
                    "Remove " + String.join(", ", abnModifiers) + " from " + line.code() + ".");
            return;
        }
        context.findings().warning(ID, codes, "Maintenance care: " + line.code() + " is not medically necessary without"
                        + " active treatment. " + context.payer().name() + " does not use Medicare's ABN: the patient may"
                        + " be billed only when the plan said no to this care in a decision before the visit (an"
                        + " organization determination).",
                "If the notes show active/corrective treatment, mark the visit as active treatment (AT); otherwise ask"
                        + " the plan for an organization determination before further maintenance visits.");
    }

    private static void maintenanceWithAbn(ScrubContext context, LineDraft line, List<String> codes) {
        if (line.hasModifier(NO_ABN)) {
            context.findings().error(ID, codes, line.code() + " carries GZ (no ABN), but the visit documents a signed ABN.",
                    "Replace GZ with GA: with the signed ABN the patient pays for maintenance care.");
            return;
        }
        line.addModifier(ABN_ON_FILE);
        context.findings().warning(ID, codes, "Maintenance care: " + line.code() + " is not medically necessary for"
                        + " Medicare without active treatment. GA is on it: the signed ABN makes the patient liable"
                        + " when Medicare denies it.",
                "Collect payment from the patient as the ABN states.");
    }

    private static void maintenanceWithoutAbn(ScrubContext context, LineDraft line, List<String> codes) {
        if (line.hasModifier(ABN_ON_FILE)) {
            context.findings().error(ID, codes, line.code() + " carries GA (signed ABN on file), but the visit documents"
                            + " no ABN.",
                    "Record the signed ABN on the visit, or replace GA with GZ: without an ABN the patient may not be billed.");
            return;
        }
        line.addModifier(NO_ABN);
        context.findings().warning(ID, codes, "Maintenance care: " + line.code() + " is not medically necessary for"
                        + " Medicare without active treatment, and no signed ABN is on file. GZ is on it: Medicare"
                        + " will deny it, the practice is liable, and the patient may not be billed for it.",
                "If the notes show active/corrective treatment, mark the visit as active treatment (AT replaces GZ);"
                        + " otherwise hold the claim, or send it with GZ knowing it will be denied, and have the patient"
                        + " sign an ABN before the next maintenance visit.");
    }
}

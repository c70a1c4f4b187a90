package dev.cleanclaim.core.modifier;

import dev.cleanclaim.core.catalog.CodeFamilies;
import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.scrub.Rule;
import dev.cleanclaim.core.scrub.ScrubContext;

import java.util.List;

import static dev.cleanclaim.core.modifier.Modifiers.ABN_ON_FILE;
import static dev.cleanclaim.core.modifier.Modifiers.ACTIVE_TREATMENT;
import static dev.cleanclaim.core.modifier.Modifiers.NO_ABN;
import static dev.cleanclaim.core.modifier.Modifiers.STATUTORILY_EXCLUDED;
import static dev.cleanclaim.core.modifier.Modifiers.VOLUNTARY_ABN;

/** modifier.conflict: modifiers that contradict each other (59 with an X modifier, the liability modifiers), or more than a line can carry. */
public final class ModifierConflictRule implements Rule {

    static final String ID = "modifier.conflict";

    private record Contradiction(String first, String second, String why, String fix) {
    }

    // Medicare's liability modifiers say who pays a service Medicare will not: each says something the others deny.
    private static final List<Contradiction> CONTRADICTIONS = List.of(
            new Contradiction(ACTIVE_TREATMENT, ABN_ON_FILE, "AT says active treatment Medicare pays, GA maintenance"
                    + " care it does not.", "Keep AT for active treatment, or GA for maintenance care with a signed ABN."),
            new Contradiction(ACTIVE_TREATMENT, NO_ABN, "AT says active treatment Medicare pays, GZ care it does not.",
                    "Keep AT for active treatment, or GZ for maintenance care without an ABN."),
            new Contradiction(ABN_ON_FILE, NO_ABN, "GA says a signed ABN is on file, GZ that none is.",
                    "Keep GA if the patient signed an ABN, otherwise GZ."),
            new Contradiction(STATUTORILY_EXCLUDED, ABN_ON_FILE, "GY marks a service Medicare never covers, GA one it"
                    + " covers but finds unnecessary here.", "Keep GY for a statutorily excluded service (with GX if a"
                    + " voluntary ABN was given); GA is for covered services only."),
            new Contradiction(STATUTORILY_EXCLUDED, NO_ABN, "GY marks a service Medicare never covers, GZ one it"
                    + " covers but finds unnecessary here.", "Keep GY for a statutorily excluded service; GZ is for"
                    + " covered services only."),
            new Contradiction(VOLUNTARY_ABN, ABN_ON_FILE, "GX marks a voluntary ABN for a service Medicare never"
                    + " covers, GA a required one.", "Keep GX with GY for an excluded service, or GA alone."),
            new Contradiction(VOLUNTARY_ABN, NO_ABN, "GX says a voluntary ABN was given, GZ that no ABN was.",
                    "Keep GX with GY for an excluded service, or GZ alone."));

    @Override
    public void apply(ScrubContext context) {
        for (LineDraft line : context.lines()) {
            List<String> codes = List.of(line.code());
            if (line.hasModifier("59") && line.hasAnyModifier(Modifiers.X_MODIFIERS)) {
                List<String> xModifiers = line.modifiers().stream().filter(Modifiers.X_MODIFIERS::contains).toList();
                context.findings().error(ID, codes, line.code() + " carries both 59 and " + String.join(", ", xModifiers)
                                + ": 59 is never used together with an X modifier.",
                        "Keep " + xModifiers.get(0) + " (the more precise one) and remove 59.");
            }
            if (line.entry().family().equals(CodeFamilies.OFFICE_VISIT)) {
                List<String> procedureModifiers = line.modifiers().stream()
                        .filter(modifier -> modifier.equals(Modifiers.DISTINCT_PROCEDURE) || Modifiers.X_MODIFIERS.contains(modifier))
                        .toList();
                if (!procedureModifiers.isEmpty()) {
                    context.findings().error(ID, codes, line.code() + " carries " + String.join(", ", procedureModifiers)
                                    + ", but 59 and the X modifiers are for procedures and never go on an E/M visit: 25 is"
                                    + " what marks a visit separate from the other services of the day.",
                            "Remove " + String.join(", ", procedureModifiers) + " from " + line.code() + "; append 25"
                                    + " when the notes document a significant, separately identifiable evaluation.");
                }
            }
            for (Contradiction pair : CONTRADICTIONS) {
                if (line.hasModifier(pair.first()) && line.hasModifier(pair.second())) {
                    context.findings().error(ID, codes, line.code() + " carries both " + pair.first() + " and "
                            + pair.second() + ": " + pair.why(), pair.fix());
                }
            }
            if (line.modifiers().size() > Modifiers.MAX_PER_LINE) {
                context.findings().error(ID, codes, line.code() + " carries " + line.modifiers().size() + " modifiers ("
                                + String.join(", ", line.modifiers()) + "); a claim line holds at most four.",
                        "Keep the pricing modifiers first and drop the least informative ones.");
            }
        }
    }
}

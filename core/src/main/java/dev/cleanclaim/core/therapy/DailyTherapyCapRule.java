package dev.cleanclaim.core.therapy;

import dev.cleanclaim.core.catalog.CatalogCode;
import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.catalog.UnitBasis;
import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.claim.Severity;
import dev.cleanclaim.core.scrub.CodeNotes;
import dev.cleanclaim.core.scrub.LineSelector;
import dev.cleanclaim.core.scrub.Rule;
import dev.cleanclaim.core.scrub.RuleParams;
import dev.cleanclaim.core.scrub.ScrubContext;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * units.daily-cap: a plan that pays at most so many timed units, or so many timed minutes, of therapy a day for each
 * discipline (say 4 units, or an hour, of PT and as much of OT and of SLP, each apart). Only 15-minute timed codes
 * count: an untimed code (hot packs, an evaluation) is one service a day whatever its length, and is not what such
 * caps limit. A line counts toward the plan of care of its therapy modifier, or of the modifier it would take
 * ({@link PlanOfCare#of}). The cap is of one claim: the engine scrubs one
 * visit, so a second visit the same day is not added in.
 * <p>
 * A pack setting, not a rule of any payer cleanclaim ships: no payer's published cap is in the built-in rule data, so
 * a practice turns it on in its own pack for the plans whose contracts say so.
 */
public final class DailyTherapyCapRule implements Rule, CodeNotes {

    static final String ID = "units.daily-cap";

    private final OptionalInt maxUnits;
    private final OptionalInt maxMinutes;
    private final LineSelector counted;
    private final Severity severity;

    public DailyTherapyCapRule(RuleParams params) {
        params.allowOnly("maxUnits", "maxMinutes", "codes", "families", "severity");
        this.maxUnits = params.positiveWholeNumber("maxUnits");
        this.maxMinutes = params.positiveWholeNumber("maxMinutes");
        this.counted = LineSelector.from(params);
        this.severity = params.severity("severity", Severity.ERROR);
        if (maxUnits.isEmpty() && maxMinutes.isEmpty()) {
            throw new IllegalArgumentException(params.owner() + ": units.daily-cap needs maxUnits or maxMinutes");
        }
    }

    @Override
    public List<String> notesOn(CatalogCode code) {
        if (!counts(code)) {
            return List.of();
        }
        return List.of("at most " + caps() + " of timed therapy a day for each discipline (PT, OT, SLP), this code counted"
                + " with the other timed codes (units.daily-cap)");
    }

    @Override
    public void apply(ScrubContext context) {
        ProviderType provider = context.visit().provider().type();
        for (PlanOfCare discipline : PlanOfCare.values()) {
            List<LineDraft> lines = new ArrayList<>(4);
            for (LineDraft line : context.lines()) {
                if (counts(line.entry()) && counted.matches(line)
                        && PlanOfCare.of(line.modifiers(), line.entry().therapyModifier(), provider) == discipline) {
                    lines.add(line);
                }
            }
            check(context, discipline, lines);
        }
    }

    private void check(ScrubContext context, PlanOfCare discipline, List<LineDraft> lines) {
        int units = lines.stream().mapToInt(LineDraft::units).sum();
        int minutes = lines.stream().mapToInt(line -> line.minutes().orElse(0)).sum();
        int unitsOver = maxUnits.isPresent() ? units - maxUnits.getAsInt() : 0;
        int minutesOver = maxMinutes.isPresent() ? minutes - maxMinutes.getAsInt() : 0;
        if (unitsOver <= 0 && minutesOver <= 0) {
            return;
        }
        List<String> codes = lines.stream().map(LineDraft::code).toList();
        String which = String.join(" or ", codes);
        String label = discipline.label();
        String message = context.payer().name() + " pays for at most " + caps() + " of timed " + label
                + " therapy a day, and this visit bills " + count(units, "unit") + " in " + count(minutes, "minute") + ": "
                + String.join(", ", lines.stream().map(DailyTherapyCapRule::describe).toList()) + ".";
        List<String> fixes = new ArrayList<>(2);
        if (unitsOver > 0) {
            fixes.add("Bill at most " + count(maxUnits.getAsInt(), "timed unit") + " of " + label + " on this date: take "
                    + count(unitsOver, "unit") + " off " + which + ".");
        }
        if (minutesOver > 0) {
            fixes.add("Bill at most " + count(maxMinutes.getAsInt(), "minute") + " of timed " + label + " on this date: leave "
                    + count(minutesOver, "minute") + " of " + which + " off the claim, and the units they make.");
        }
        fixes.add("The plan denies what is beyond its cap.");
        context.findings().add(ID, severity, codes, message, String.join(" ", fixes));
    }

    /** Only 15-minute timed codes: the units a daily therapy cap counts. */
    private boolean counts(CatalogCode code) {
        return code.unitBasis() == UnitBasis.TIMED_15 && counted.matches(code.code(), code.family());
    }

    private String caps() {
        List<String> caps = new ArrayList<>(2);
        maxUnits.ifPresent(units -> caps.add(count(units, "unit")));
        maxMinutes.ifPresent(minutes -> caps.add(count(minutes, "minute")));
        return String.join(" and ", caps);
    }

    private static String describe(LineDraft line) {
        return line.code() + " " + count(line.units(), "unit")
                + (line.minutes().isPresent() ? " (" + line.minutes().getAsInt() + " min)" : "");
    }

    private static String count(int amount, String noun) {
        return amount + " " + noun + (amount == 1 ? "" : "s");
    }
}

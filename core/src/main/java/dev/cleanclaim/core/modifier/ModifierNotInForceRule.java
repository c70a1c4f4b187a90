package dev.cleanclaim.core.modifier;

import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.scrub.Rule;
import dev.cleanclaim.core.scrub.ScrubContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * modifier.not-effective: a line billed with a modifier that was not in force on the date of service (an X modifier
 * before 2015, GP before 1999, CQ before 2020), by the modifier rule data's dates. Payers reject a modifier that was
 * not valid on the date, so it is an error; where another modifier did the job then (59 before the X modifiers), the
 * fix names it. A modifier the rule data does not date is left alone.
 */
public final class ModifierNotInForceRule implements Rule {

    static final String ID = "modifier.not-effective";

    @Override
    public void apply(ScrubContext context) {
        ModifierCatalog catalog = context.rules().modifiers();
        for (LineDraft line : context.lines()) {
            for (String modifier : line.modifiers()) {
                if (!catalog.inForce(modifier, context.epochDay())) {
                    report(context, line, catalog.find(modifier).orElseThrow());
                }
            }
        }
    }

    private static void report(ScrubContext context, LineDraft line, ModifierDefinition modifier) {
        LocalDate date = context.dateOfService();
        String code = line.code();
        String name = modifier.modifier();
        Optional<LocalDate> from = modifier.period().from().filter(start -> start.isAfter(date));
        String when = from.map(start -> "applies to services from " + start)
                .orElseGet(() -> "applies to services through " + modifier.period().through().orElseThrow());
        String message = code + " carries " + name + " (" + modifier.meaning() + "), which " + when
                + "; this visit is on " + date + ".";
        Optional<ModifierDefinition> then = from.flatMap(start -> modifier.predecessor())
                .flatMap(context.rules().modifiers()::find)
                .filter(earlier -> earlier.period().contains(context.epochDay()));
        String fix = then.map(earlier -> "Replace " + name + " with " + earlier.modifier() + " (" + earlier.meaning()
                        + ") on " + code + ": it is the one in force on " + date + ".")
                .orElseGet(() -> "Remove " + name + " from " + code + ".");
        context.findings().error(ID, List.of(code), message, fix);
    }
}

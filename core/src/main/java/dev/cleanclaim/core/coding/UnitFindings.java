package dev.cleanclaim.core.coding;

import dev.cleanclaim.core.catalog.UnitBasis;
import dev.cleanclaim.core.claim.FindingCollector;
import dev.cleanclaim.core.units.FifteenMinuteTable;
import dev.cleanclaim.core.units.UnitLine;
import dev.cleanclaim.core.units.UnitMethod;
import dev.cleanclaim.core.units.UnitResult;

import java.util.ArrayList;
import java.util.List;

/** Explains every code that ended with no units, so nothing drops off a claim without a reason. */
final class UnitFindings {

    private UnitFindings() {
    }

    static void explain(UnitResult result, FindingCollector findings) {
        List<UnitLine> timed = new ArrayList<>(result.lines().size());
        boolean anyZero = false;
        for (UnitLine line : result.lines()) {
            if (line.countsTowardTimedTotals()) {
                timed.add(line);
            }
            anyZero |= line.units() == 0;
        }
        if (!anyZero) {
            return;
        }
        if (!timed.isEmpty() && result.totalTimedMinutes() < FifteenMinuteTable.MINIMUM_BILLABLE_MINUTES) {
            findings.warning("units.below-eight-minutes", codes(timed),
                    "Timed services total " + result.totalTimedMinutes() + " minutes (" + minutesOf(timed)
                            + "): under 8 timed minutes nothing is billed.",
                    "If the notes show more one-on-one time, correct the minutes; otherwise the time is not billable.");
        } else {
            timed.stream().filter(line -> line.units() == 0).forEach(line -> explainZero(result, line, findings));
        }
        result.lines().stream()
                .filter(line -> line.basis() == UnitBasis.HOURLY && line.units() == 0)
                .forEach(line -> findings.warning("units.below-half-hour", List.of(line.code()),
                        line.code() + " is billed by the hour and has " + line.minutes()
                                + " minutes: a unit needs more than 30 minutes.",
                        "If the notes show more time, correct the minutes; otherwise the service is not billable."));
    }

    private static void explainZero(UnitResult result, UnitLine line, FindingCollector findings) {
        if (result.method() == UnitMethod.AMA) {
            findings.warning("units.below-eight-minutes", List.of(line.code()),
                    line.code() + " has " + line.minutes() + " minutes: under the AMA method each code needs 8 minutes"
                            + " of its own for a unit, so it is not billed.",
                    "If the notes show more one-on-one time for " + line.code() + ", correct its minutes.");
            return;
        }
        findings.info("units.remainder", List.of(line.code()),
                line.code() + "'s " + line.minutes() + " minutes count toward the " + result.totalTimedMinutes()
                        + " total timed minutes (" + result.totalUnits() + " units), but the leftover units went to"
                        + " codes with more minutes left over, so " + line.code() + " is not billed.");
    }

    private static List<String> codes(List<UnitLine> lines) {
        return lines.stream().map(UnitLine::code).toList();
    }

    private static String minutesOf(List<UnitLine> lines) {
        return String.join(", ", lines.stream().map(line -> line.code() + " " + line.minutes() + " min").toList());
    }
}

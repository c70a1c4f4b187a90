package dev.cleanclaim.core.claim;

import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.units.UnitMethod;

import java.time.LocalDate;
import java.util.List;

/**
 * A coded claim for one visit: the lines to bill and everything the engine found on the way.
 *
 * @param diagnoses         the claim's diagnoses in pointer order (A, B, ...), dotted ICD-10-CM
 * @param ruleDataVersion   the rule data the claim was coded with, so a later reader can tell what was in force
 */
public record ClaimDraft(
        LocalDate dateOfService,
        String payerId,
        UnitMethod unitMethod,
        int totalTimedMinutes,
        int totalTimedUnits,
        List<String> diagnoses,
        List<ClaimLine> lines,
        List<Finding> findings,
        String ruleDataVersion) {

    public ClaimDraft {
        diagnoses = List.copyOf(diagnoses);
        lines = List.copyOf(lines);
        findings = List.copyOf(findings);
    }

    /** The sum of the lines' charges; a line without a fee adds nothing. */
    public Money totalCharge() {
        Money total = Money.ZERO;
        for (ClaimLine line : lines) {
            total = total.plus(line.charge().orElse(Money.ZERO));
        }
        return total;
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }

    /** How many findings stop the claim from being sent. */
    public long errorCount() {
        return findings.stream().filter(finding -> finding.severity() == Severity.ERROR).count();
    }
}

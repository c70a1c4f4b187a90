package dev.cleanclaim.app.web.page;

import dev.cleanclaim.app.contract.RemedyJson;
import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.claim.Remedy;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.app.contract.InputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the engine made of a visit, as the visit and claim pages show it: either the problems that keep it from
 * being a claim yet, or the claim lines and every finding with its explanation, source and fix.
 *
 * @param problems input problems; when there are any, there are no lines or findings
 */
public record ScrubView(List<FieldProblem> problems, List<LineView> lines, List<FindingView> findings,
                        List<String> diagnoses, String totalCharge, String unitMethod, int timedMinutes, int timedUnits) {

    public ScrubView {
        problems = List.copyOf(problems);
        lines = List.copyOf(lines);
        findings = List.copyOf(findings);
        diagnoses = List.copyOf(diagnoses);
    }

    /** A claim line: code, modifiers, units, minutes, the diagnoses it points to, and the charge. */
    public record LineView(String code, String modifiers, int units, String minutes, String pointers, String charge) {
    }

    /**
     * A finding with, where the engine has one, a fix to apply in one click.
     *
     * @param remedyJson the remedy as the apply button sends it back, or null
     */
    public record FindingView(String rule, String severity, String codes, String message, String source, String fix,
                              String remedyLabel, String remedyJson) {
        public boolean hasRemedy() {
            return remedyJson != null;
        }
    }

    /** The claim contract JSON (as scrubbed now, or as stored with a claim). */
    public static ScrubView of(ClaimDraft claim) {
        List<LineView> lines = new ArrayList<>();
        for (ClaimLine line : claim.lines()) {
            lines.add(new LineView(line.code(), String.join(" ", line.modifiers()), line.units(),
                    line.minutes().isPresent() ? Integer.toString(line.minutes().getAsInt()) : "",
                    String.join(",", line.diagnosisPointers()), line.charge().map(Money::toString).orElse("")));
        }
        List<FindingView> findings = new ArrayList<>();
        for (Finding finding : claim.findings()) {
            Optional<Remedy> remedy = finding.remedy();
            findings.add(new FindingView(finding.rule(), finding.severity().id(), String.join(", ", finding.codes()),
                    finding.message(), finding.source(), finding.fix().orElse(null),
                    remedy.map(Remedy::label).orElse(null), remedy.map(RemedyJson::write).map(Object::toString).orElse(null)));
        }
        return new ScrubView(List.of(), lines, findings, claim.diagnoses(), claim.totalCharge().toString(),
                claim.unitMethod().id(), claim.totalTimedMinutes(), claim.totalTimedUnits());
    }

    /** A visit that cannot be read yet: what is missing or wrong, field by field. */
    public static ScrubView refused(InputException refusal) {
        return new ScrubView(FieldProblem.of(refusal), List.of(), List.of(), List.of(), "0.00", "", 0, 0);
    }

    public boolean readable() {
        return problems.isEmpty();
    }

    public long errors() {
        return findings.stream().filter(finding -> finding.severity().equals("error")).count();
    }

    public long warnings() {
        return findings.stream().filter(finding -> finding.severity().equals("warning")).count();
    }
}

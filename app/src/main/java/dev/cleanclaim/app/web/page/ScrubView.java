package dev.cleanclaim.app.web.page;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cleanclaim.app.contract.InputException;

import java.util.ArrayList;
import java.util.List;

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
    public static ScrubView of(JsonNode claim) {
        List<LineView> lines = new ArrayList<>();
        for (JsonNode line : claim.path("lines")) {
            lines.add(new LineView(line.path("code").asText(), join(line.path("modifiers"), " "), line.path("units").asInt(),
                    line.has("minutes") ? line.get("minutes").asText() : "", join(line.path("diagnosisPointers"), ","),
                    line.has("charge") ? line.get("charge").asText() : ""));
        }
        List<FindingView> findings = new ArrayList<>();
        for (JsonNode finding : claim.path("findings")) {
            JsonNode remedy = finding.get("remedy");
            findings.add(new FindingView(finding.path("rule").asText(), finding.path("severity").asText(),
                    join(finding.path("codes"), ", "), finding.path("message").asText(), finding.path("source").asText(),
                    finding.has("fix") ? finding.get("fix").asText() : null,
                    remedy == null ? null : remedy.path("label").asText(), remedy == null ? null : remedy.toString()));
        }
        List<String> diagnoses = new ArrayList<>();
        claim.path("diagnoses").forEach(code -> diagnoses.add(code.asText()));
        return new ScrubView(List.of(), lines, findings, diagnoses, claim.path("totalCharge").asText("0.00"),
                claim.path("unitMethod").asText(""), claim.path("totalTimedMinutes").asInt(), claim.path("totalTimedUnits").asInt());
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

    private static String join(JsonNode array, String separator) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return String.join(separator, values);
    }
}

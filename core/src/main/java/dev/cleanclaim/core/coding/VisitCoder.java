package dev.cleanclaim.core.coding;

import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.core.claim.FindingCollector;
import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.units.ServiceTime;
import dev.cleanclaim.core.units.UnitCalculator;
import dev.cleanclaim.core.units.UnitLine;
import dev.cleanclaim.core.units.UnitMethod;
import dev.cleanclaim.core.units.UnitResult;
import dev.cleanclaim.core.visit.Diagnosis;
import dev.cleanclaim.core.visit.Visit;

import java.util.ArrayList;
import java.util.List;

/**
 * Codes a visit into a claim draft: services to catalog codes, minutes to units by the payer's method, one line
 * per code with diagnosis pointers and charges, and a finding for everything that could not be billed.
 * A pure function of the visit and the rule data.
 */
public final class VisitCoder {

    /** The coded lines of a visit and the units behind them, before any scrub rule has run. */
    public record CodedVisit(UnitResult units, List<LineDraft> lines) {
    }

    private final RuleData rules;
    private final ServiceCoder serviceCoder;
    private final DiagnosisCheck diagnosisCheck;
    private final LineBuilder lineBuilder;

    public VisitCoder(RuleData rules) {
        this.rules = rules;
        this.serviceCoder = new ServiceCoder(rules.codes(), rules.techniques());
        this.diagnosisCheck = new DiagnosisCheck(rules.diagnoses());
        this.lineBuilder = new LineBuilder(rules.fees());
    }

    /** Codes the visit and finishes the claim with no further rules: what {@code cleanclaim code} prints. */
    public ClaimDraft code(Visit visit) {
        FindingCollector findings = new FindingCollector(rules.definitions());
        CodedVisit coded = codeLines(visit, findings);
        return finish(visit, coded, findings, rules.version());
    }

    /** The coding step alone: lines with units, modifiers as billed, pointers and charges. */
    public CodedVisit codeLines(Visit visit, FindingCollector findings) {
        List<CodedService> coded = serviceCoder.code(visit, findings);
        diagnosisCheck.check(visit, findings);
        NameSpelling.check(visit, findings);

        List<CodedService> withTime = withDocumentedTime(coded, findings);
        UnitMethod method = visit.payer().unitMethod();
        UnitResult units = UnitCalculator.calculate(method, withTime.stream().map(VisitCoder::timeOf).toList());
        UnitFindings.explain(units, findings);

        List<LineDraft> lines = new ArrayList<>();
        for (UnitLine unitLine : units.lines()) {
            if (unitLine.units() > 0) {
                List<CodedService> sameCode = new ArrayList<>(1);
                for (CodedService service : withTime) {
                    if (service.entry().code().equals(unitLine.code())) {
                        sameCode.add(service);
                    }
                }
                lines.add(lineBuilder.build(unitLine, sameCode, visit.diagnoses(), visit.payer(), findings));
            }
        }
        return new CodedVisit(units, lines);
    }

    /** Turns the working lines into the claim, adding the finding for a claim with nothing left to bill. */
    public static ClaimDraft finish(Visit visit, CodedVisit coded, FindingCollector findings, String ruleDataVersion) {
        if (coded.lines().isEmpty()) {
            findings.error("claim.no-lines", List.of(),
                    "Nothing on this visit can be billed, so there is no claim to send.",
                    "Resolve the findings above, or do not bill this visit.");
        }
        List<String> diagnoses = new ArrayList<>(visit.diagnoses().size());
        for (Diagnosis diagnosis : visit.diagnoses()) {
            diagnoses.add(diagnosis.code());
        }
        List<ClaimLine> lines = new ArrayList<>(coded.lines().size());
        for (LineDraft line : coded.lines()) {
            lines.add(line.toClaimLine());
        }
        return new ClaimDraft(visit.dateOfService(), visit.payer().id(), coded.units().method(),
                coded.units().totalTimedMinutes(), coded.units().totalUnits(), diagnoses, lines, findings.list(),
                ruleDataVersion);
    }

    /** Time-based codes need their minutes in the notes; without them there is nothing to count units from. */
    private static List<CodedService> withDocumentedTime(List<CodedService> coded, FindingCollector findings) {
        List<CodedService> kept = new ArrayList<>();
        for (CodedService service : coded) {
            if (service.entry().isTimed() && service.service().minutes().isEmpty()) {
                findings.error("doc.missing", List.of(service.entry().code()),
                        service.entry().code() + " is billed by time, but no minutes were recorded for it.",
                        "Add the one-on-one minutes from the treatment notes (documentation must record minutes per code).");
            } else {
                kept.add(service);
            }
        }
        return kept;
    }

    private static ServiceTime timeOf(CodedService coded) {
        return new ServiceTime(coded.entry().code(), coded.entry().unitBasis(), coded.service().minutes().orElse(0));
    }
}

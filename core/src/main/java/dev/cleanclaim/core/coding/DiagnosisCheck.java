package dev.cleanclaim.core.coding;

import dev.cleanclaim.core.claim.FindingCollector;
import dev.cleanclaim.core.dx.DiagnosisCodeSet;
import dev.cleanclaim.core.dx.DiagnosisCodeSets;
import dev.cleanclaim.core.visit.Diagnosis;
import dev.cleanclaim.core.visit.Visit;

import java.util.List;
import java.util.Optional;

/** Checks every diagnosis against the ICD-10-CM year in force on the date of service. */
final class DiagnosisCheck {

    private static final int SUGGESTIONS = 6;

    private final DiagnosisCodeSets codeSets;

    DiagnosisCheck(DiagnosisCodeSets codeSets) {
        this.codeSets = codeSets;
    }

    void check(Visit visit, FindingCollector findings) {
        DiagnosisCodeSets.Selection selection = codeSets.forDate(visit.dateOfService());
        DiagnosisCodeSet codeSet = selection.codeSet();
        if (!selection.exact()) {
            findings.warning("dx.code-set", List.of(),
                    "No ICD-10-CM code set in the rule data covers " + visit.dateOfService() + "; diagnoses were checked"
                            + " against " + codeSet.name() + " instead, and codes added or deleted since may be misjudged.",
                    "Add the ICD-10-CM release for that fiscal year (fiscal years start October 1) to the rule data.");
        }
        for (Diagnosis diagnosis : visit.diagnoses()) {
            checkOne(diagnosis.code(), codeSet, findings);
        }
    }

    private static void checkOne(String code, DiagnosisCodeSet codeSet, FindingCollector findings) {
        if (codeSet.presence(code) == DiagnosisCodeSet.Presence.BILLABLE) {
            return;
        }
        Optional<DiagnosisCodeSet.Entry> entry = codeSet.find(code);
        if (entry.isEmpty()) {
            findings.error("dx.invalid", List.of(code),
                    code + " is not a code in " + codeSet.name() + ".",
                    nearestHeader(code, codeSet)
                            .map(header -> "Code under " + header.code() + " (" + header.description() + "): "
                                    + describe(codeSet.billableUnder(header.code(), SUGGESTIONS)) + ".")
                            .orElse("Check the diagnosis in the notes and give a valid ICD-10-CM code."));
            return;
        }
        if (!entry.get().billable()) {
            findings.error("dx.invalid", List.of(code),
                    code + " (" + entry.get().description() + ") is a header, not a billable code: diagnoses are"
                            + " coded to the highest specificity.",
                    "Use one of the billable codes under it: "
                            + describe(codeSet.billableUnder(code, SUGGESTIONS)) + ".");
        }
    }

    // "M62.839" is unknown; its nearest existing ancestor ("M62.83") is what the biller meant to refine.
    private static Optional<DiagnosisCodeSet.Entry> nearestHeader(String code, DiagnosisCodeSet codeSet) {
        for (String prefix = parent(code); prefix.length() >= 3; prefix = parent(prefix)) {
            Optional<DiagnosisCodeSet.Entry> found = codeSet.find(prefix);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static String parent(String code) {
        String shorter = code.substring(0, code.length() - 1);
        return shorter.endsWith(".") ? shorter.substring(0, shorter.length() - 1) : shorter;
    }

    private static String describe(List<DiagnosisCodeSet.Entry> entries) {
        return String.join("; ", entries.stream().map(e -> e.code() + " " + e.description()).toList());
    }
}

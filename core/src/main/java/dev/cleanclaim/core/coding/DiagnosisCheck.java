package dev.cleanclaim.core.coding;

import dev.cleanclaim.core.claim.FindingCollector;
import dev.cleanclaim.core.dx.DiagnosisCodeSet;
import dev.cleanclaim.core.dx.DiagnosisCodeSets;
import dev.cleanclaim.core.dx.DiagnosisHistory;
import dev.cleanclaim.core.dx.FiscalYear;
import dev.cleanclaim.core.visit.Diagnosis;
import dev.cleanclaim.core.visit.Visit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks every diagnosis against the ICD-10-CM year in force on the date of service. A date no loaded year covers
 * is judged by the nearest year, but a code that year would refuse is not an error: the year in force may well
 * accept it, so the one warning that says which year was used also names those codes.
 */
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
            warnNearestYear(visit, codeSet, findings);
            return;
        }
        for (Diagnosis diagnosis : visit.diagnoses()) {
            checkOne(diagnosis.code(), codeSet, findings);
        }
    }

    private void warnNearestYear(Visit visit, DiagnosisCodeSet codeSet, FindingCollector findings) {
        List<String> doubtful = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (Diagnosis diagnosis : visit.diagnoses()) {
            String code = diagnosis.code();
            DiagnosisCodeSet.Presence presence = codeSet.presence(code);
            if (presence != DiagnosisCodeSet.Presence.BILLABLE) {
                codes.add(code);
                doubtful.add(code + (presence == DiagnosisCodeSet.Presence.HEADER
                        ? " is a header, not a billable code" : " is not a code"));
            }
        }
        FiscalYear year = FiscalYear.of(visit.dateOfService());
        boolean beforeEveryYear = codeSet.period().startsAfter(visit.dateOfService());
        findings.warning("dx.code-set", codes,
                "No ICD-10-CM year in the rule data covers " + visit.dateOfService() + " (" + year + "), so its diagnoses"
                        + " were judged by " + codeSet.name() + ", the nearest year loaded; codes added or deleted in"
                        + " between may be misjudged." + (doubtful.isEmpty() ? "" : " By " + codeSet.name() + ", "
                        + String.join("; ", doubtful) + "."),
                beforeEveryYear
                        ? "Check the diagnoses against the code set in force on " + visit.dateOfService() + "; cleanclaim"
                                + " holds none before " + codeSet.name() + "."
                        : "Load the " + year + " code set: cleanclaim import icd10cm with CMS's ICD-10-CM order file for "
                                + year + " (icd10cm_order_" + year.year() + ".txt), then scrub again.");
    }

    private void checkOne(String code, DiagnosisCodeSet codeSet, FindingCollector findings) {
        if (codeSet.presence(code) == DiagnosisCodeSet.Presence.BILLABLE) {
            return;
        }
        Optional<DiagnosisCodeSet.Entry> entry = codeSet.find(code);
        if (entry.isEmpty()) {
            findings.error("dx.invalid", List.of(code),
                    code + " is not a code in " + codeSet.name() + "." + billableYears(code),
                    nearestAncestor(code, codeSet).map(ancestor -> ancestor.billable()
                                    ? "Use " + named(ancestor) + ", the billable code in " + codeSet.name() + "."
                                    : "Code under " + named(ancestor) + ": "
                                            + describe(codeSet.billableUnder(ancestor.code(), SUGGESTIONS)) + ".")
                            .orElse("Check the diagnosis in the notes and give a valid ICD-10-CM code."));
            return;
        }
        if (!entry.get().billable()) {
            findings.error("dx.invalid", List.of(code),
                    named(entry.get()) + " is a header, not a billable code, in " + codeSet.name() + ": diagnoses are"
                            + " coded to the highest specificity." + billableYears(code),
                    "Use one of the billable codes under it: "
                            + describe(codeSet.billableUnder(code, SUGGESTIONS)) + ".");
        }
    }

    /** " It is billable in FY2016-FY2021." when the history knows other years the code was billable, else "". */
    private String billableYears(String code) {
        Optional<DiagnosisHistory> history = codeSets.history();
        if (history.isEmpty()) {
            return "";
        }
        List<String> spans = new ArrayList<>();
        for (DiagnosisHistory.Run run : history.get().runsOf(code)) {
            if (run.billable()) {
                spans.add(span(run, history.get().lastYear()));
            }
        }
        return spans.isEmpty() ? "" : " It is billable in " + String.join(" and ", spans) + ".";
    }

    private static String span(DiagnosisHistory.Run run, FiscalYear last) {
        if (run.lastYear() == last.year()) {
            return "FY" + run.firstYear() + " and later";
        }
        return run.firstYear() == run.lastYear() ? "FY" + run.firstYear() : "FY" + run.firstYear() + "-FY" + run.lastYear();
    }

    // "M62.839" is unknown; its nearest existing ancestor ("M62.83") is what the biller meant to refine.
    private static Optional<DiagnosisCodeSet.Entry> nearestAncestor(String code, DiagnosisCodeSet codeSet) {
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

    // Years rebuilt from the history lack descriptions of codes deleted before the newest full release.
    private static String named(DiagnosisCodeSet.Entry entry) {
        return entry.description().isBlank() ? entry.code() : entry.code() + " (" + entry.description() + ")";
    }

    private static String describe(List<DiagnosisCodeSet.Entry> entries) {
        return String.join("; ", entries.stream()
                .map(e -> e.description().isBlank() ? e.code() : e.code() + " " + e.description()).toList());
    }
}

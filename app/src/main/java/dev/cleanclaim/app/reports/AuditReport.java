package dev.cleanclaim.app.reports;

import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.Rescrub;
import dev.cleanclaim.app.workspace.Visits;
import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.claim.Severity;
import dev.cleanclaim.store.ReportStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Re-scrubs each claim's stored visit through the same scrubber the visit screen uses, so "would fail today" means
 * exactly what creating the claim today would say. Only errors count: warnings do not stop a claim.
 */
final class AuditReport {

    private final Visits visits;
    private final String rulesVersion;
    private final Function<String, String> payerNames;

    AuditReport(Visits visits, String rulesVersion, Function<String, String> payerNames) {
        this.visits = visits;
        this.rulesVersion = rulesVersion;
        this.payerNames = payerNames;
    }

    RescrubAudit of(Actor actor, Period period, List<ReportStore.PeriodClaim> claims) {
        Map<Long, Rescrub> byVisit = new HashMap<>();
        visits.rescrub(actor, claims.stream().map(ReportStore.PeriodClaim::visitId).distinct().toList())
                .forEach(result -> byVisit.put(result.visitId(), result));
        List<RescrubAudit.FailingClaim> failing = new ArrayList<>();
        for (ReportStore.PeriodClaim claim : claims) {
            List<RescrubAudit.AuditFinding> errors = errorsNow(byVisit.get(claim.visitId()), storedErrors(claim));
            if (!errors.isEmpty()) {
                failing.add(new RescrubAudit.FailingClaim(claim.claimId(), claim.controlNumber(), claim.payerId(),
                        payerNames.apply(claim.payerId()), claim.dateOfService(), claim.status(), claim.ruleDataVersion(),
                        errors));
            }
        }
        return new RescrubAudit(period, rulesVersion, claims.size(), failing);
    }

    private static List<RescrubAudit.AuditFinding> errorsNow(Rescrub rescrub, Set<ErrorKey> stored) {
        if (rescrub instanceof Rescrub.Unreadable unreadable) {
            String why = unreadable.problems().stream().map(InputProblem::toString).collect(Collectors.joining("; "));
            return List.of(new RescrubAudit.AuditFinding(RescrubAudit.UNREADABLE, List.of(),
                    "today's rule data cannot read the visit: " + why, false));
        }
        List<RescrubAudit.AuditFinding> errors = new ArrayList<>();
        for (Finding finding : ((Rescrub.Scrubbed) rescrub).claim().findings()) {
            if (finding.severity() == Severity.ERROR) {
                errors.add(new RescrubAudit.AuditFinding(finding.rule(), finding.codes(), finding.message(),
                        stored.contains(ErrorKey.of(finding))));
            }
        }
        return errors;
    }

    private static Set<ErrorKey> storedErrors(ReportStore.PeriodClaim claim) {
        Set<ErrorKey> keys = new HashSet<>();
        for (Finding finding : claim.findings()) {
            if (finding.severity() == Severity.ERROR) {
                keys.add(ErrorKey.of(finding));
            }
        }
        return keys;
    }

    /** An error is "the same" when the same rule finds it on the same codes; its wording may change between versions. */
    private record ErrorKey(String rule, Set<String> codes) {
        static ErrorKey of(Finding finding) {
            return new ErrorKey(finding.rule(), Set.copyOf(finding.codes()));
        }
    }
}

package dev.cleanclaim.app.reports;

import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.app.workspace.Rescrub;
import dev.cleanclaim.app.workspace.Rescrubber;
import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.claim.Severity;
import dev.cleanclaim.store.AuditClaim;
import dev.cleanclaim.store.ReportStore;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Re-scrubs each claim's stored visit through the same scrubber the visit screen uses, so "would fail today" means
 * exactly what creating the claim today would say. Only errors count: warnings do not stop a claim.
 * <p>
 * The claims come page by page from the store's cursor; pages are scrubbed on every core while the next ones are
 * read, and at most a few pages are in flight at once, so memory stays flat however long the period.
 */
final class AuditReport {

    static final int PAGE = 1_000;

    private final ReportStore store;
    private final Rescrubber rescrubber;
    private final String rulesVersion;
    private final Function<String, String> payerNames;

    AuditReport(ReportStore store, Rescrubber rescrubber, String rulesVersion, Function<String, String> payerNames) {
        this.store = store;
        this.rescrubber = rescrubber;
        this.rulesVersion = rulesVersion;
        this.payerNames = payerNames;
    }

    RescrubAudit of(Period period) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "rescrub-audit");
            thread.setDaemon(true);
            return thread;
        });
        try {
            AuditTally total = new AuditTally(RescrubAudit.EXAMPLES);
            Deque<Future<AuditTally>> inFlight = new ArrayDeque<>();
            store.forEachAuditPage(period.from(), period.through(), PAGE, page -> {
                List<AuditClaim> claims = List.copyOf(page);
                inFlight.addLast(pool.submit(() -> tally(claims)));
                // Waiting on the oldest page keeps the tallies in claim order and the pages held to a few.
                while (inFlight.size() > threads) {
                    total.add(done(inFlight.removeFirst()));
                }
            });
            while (!inFlight.isEmpty()) {
                total.add(done(inFlight.removeFirst()));
            }
            return total.audit(period, rulesVersion);
        } finally {
            pool.shutdownNow();
        }
    }

    private AuditTally tally(List<AuditClaim> claims) {
        AuditTally tally = new AuditTally(RescrubAudit.EXAMPLES);
        for (AuditClaim claim : claims) {
            List<RescrubAudit.AuditFinding> errors = errorsNow(rescrubber.rescrub(claim), storedErrors(claim));
            if (errors.isEmpty()) {
                tally.passed();
            } else {
                tally.add(new RescrubAudit.FailingClaim(claim.claimId(), claim.controlNumber(), claim.payerId(),
                        payerNames.apply(claim.payerId()), claim.dateOfService(), claim.status(),
                        claim.ruleDataVersion(), errors));
            }
        }
        return tally;
    }

    private static AuditTally done(Future<AuditTally> page) {
        try {
            return page.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the re-scrub audit was interrupted", interrupted);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failed.getCause());
        }
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

    private static Set<ErrorKey> storedErrors(AuditClaim claim) {
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

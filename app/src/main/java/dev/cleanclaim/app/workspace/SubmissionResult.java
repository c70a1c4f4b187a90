package dev.cleanclaim.app.workspace;

import dev.cleanclaim.store.SubmissionSummary;

import java.util.List;

/**
 * What sending the ready claims did: the interchanges written (one per receiver), and each ready claim left behind
 * with what stopped it, so nothing is silently skipped.
 */
public record SubmissionResult(List<SubmissionSummary> sent, List<NotSent> notSent) {
    public SubmissionResult {
        sent = List.copyOf(sent);
        notSent = List.copyOf(notSent);
    }

    public int claimsSent() {
        return sent.stream().mapToInt(SubmissionSummary::claimCount).sum();
    }

    /** A ready claim that did not go, and why (each problem names the field or segment at fault). */
    public record NotSent(long claimId, String patientControlNumber, List<String> problems) {
        public NotSent {
            problems = List.copyOf(problems);
        }
    }
}

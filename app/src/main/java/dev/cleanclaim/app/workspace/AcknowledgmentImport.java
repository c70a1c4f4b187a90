package dev.cleanclaim.app.workspace;

import java.util.List;

/**
 * What importing a 999 or 277CA did: each of our claims it named with what it said, and what in the file matched
 * none of our claims (a file for another practice, a claim sent outside cleanclaim).
 *
 * @param alreadyImported the same file was imported before; nothing changed this time
 */
public record AcknowledgmentImport(long acknowledgmentId, String kind, boolean alreadyImported, List<Answer> answers,
                                   List<String> unmatched, List<String> warnings) {
    public AcknowledgmentImport {
        answers = List.copyOf(answers);
        unmatched = List.copyOf(unmatched);
        warnings = List.copyOf(warnings);
    }

    public long count(String outcome) {
        return answers.stream().filter(answer -> answer.outcome().equals(outcome)).count();
    }

    /** @param moved whether the claim's status changed (a claim already accepted is not accepted twice) */
    public record Answer(long claimId, String patientControlNumber, String outcome, String words, boolean moved) {
    }
}

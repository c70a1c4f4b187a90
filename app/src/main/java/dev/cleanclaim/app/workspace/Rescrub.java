package dev.cleanclaim.app.workspace;

import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.core.claim.ClaimDraft;

import java.util.List;
import java.util.Objects;

/**
 * A stored visit scrubbed again with the rules in force now: the claim it would make today, or, when today's rule
 * data can no longer read it (a code since deleted, a payer since dropped), why not.
 */
public sealed interface Rescrub {

    long visitId();

    record Scrubbed(long visitId, ClaimDraft claim) implements Rescrub {
        public Scrubbed {
            Objects.requireNonNull(claim, "claim");
        }
    }

    record Unreadable(long visitId, List<InputProblem> problems) implements Rescrub {
        public Unreadable {
            problems = List.copyOf(problems);
        }
    }
}

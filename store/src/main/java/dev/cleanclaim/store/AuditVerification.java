package dev.cleanclaim.store;

import java.util.List;
import java.util.Objects;

/**
 * What walking the audit log's hash chain found.
 *
 * @param checked  sealed rows walked
 * @param unsealed rows written since the last seal, not yet in the chain
 * @param found    problems found; the first hundred are listed
 */
public record AuditVerification(long checked, long unsealed, long found, List<Problem> problems) {
    public AuditVerification {
        problems = List.copyOf(problems);
    }

    /** Whether no sealed row was changed or deleted. */
    public boolean intact() {
        return found == 0;
    }

    /**
     * The result in a few words, as the verify row of the audit log records it whoever verified (the web app or
     * {@code cleanclaim audit verify}): "intact, N row(s)" or "N problem(s)".
     */
    public String summary() {
        return intact() ? "intact, " + checked + " row(s)" : found + " problem(s)";
    }

    /**
     * One place where the chain breaks.
     *
     * @param rowId the audit row's id (0 when the problem is the chain's end)
     * @param place the row's place in the chain
     */
    public record Problem(long rowId, long place, String what) {
        public Problem {
            Objects.requireNonNull(what, "what");
        }

        @Override
        public String toString() {
            return (rowId > 0 ? "audit row " + rowId + " (place " + place + ")" : "place " + place) + ": " + what;
        }
    }
}

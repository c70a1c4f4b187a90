package dev.cleanclaim.app.workspace;

/** Why the workspace refused a request; each kind maps to one HTTP status and one page. */
public abstract sealed class WorkspaceException extends RuntimeException
        permits WorkspaceException.NotFound, WorkspaceException.Forbidden, WorkspaceException.Conflict,
        WorkspaceException.SetupNeeded, WorkspaceException.VisitFrozen, WorkspaceException.LikelyDuplicates {

    WorkspaceException(String message) {
        super(message);
    }

    /** No such record (404). */
    public static final class NotFound extends WorkspaceException {
        public NotFound(String entity, long id) {
            super("there is no " + entity + " " + id);
        }
    }

    /** The record exists but this user may not see or change it (403). */
    public static final class Forbidden extends WorkspaceException {
        public Forbidden(String message) {
            super(message);
        }
    }

    /**
     * Somebody else saved the record since it was read (409). The current version travels with the refusal, so the
     * second writer can see the first writer's change and redo theirs; nothing is lost.
     */
    public static final class Conflict extends WorkspaceException {
        private final java.util.OptionalInt currentVersion;

        public Conflict(String entity, long id, int currentVersion) {
            super(entity + " " + id + " was changed by someone else since you opened it (now version " + currentVersion
                    + "); reload it, then make your change again");
            this.currentVersion = java.util.OptionalInt.of(currentVersion);
        }

        /** A request that clashes with what is stored, e.g. a second claim for one visit. */
        public Conflict(String message) {
            super(message);
            this.currentVersion = java.util.OptionalInt.empty();
        }

        public java.util.OptionalInt currentVersion() {
            return currentVersion;
        }
    }

    /** The workspace has no practice yet (409): its admin completes the first-run set-up at /setup first. */
    public static final class SetupNeeded extends WorkspaceException {
        public SetupNeeded() {
            super("this workspace has no practice yet: an admin completes the set-up at /setup (or runs"
                    + " `cleanclaim practice import FILE`) before patients, visits and claims");
        }
    }

    /**
     * A new client looks like one already on file (409): the same name and birth date, or the same policy. Nothing
     * was saved; the caller shows the records it looks like and saves only when told it is another person.
     *
     * @param hidden how many more look like them among records this user may not see (another therapist's clients)
     */
    public static final class LikelyDuplicates extends WorkspaceException {
        private final java.util.List<DuplicateCandidate> candidates;
        private final int hidden;

        public LikelyDuplicates(java.util.List<DuplicateCandidate> candidates, int hidden) {
            super("this client looks like " + (candidates.size() + hidden) + " record(s) already on file: "
                    + String.join("; ", candidates.stream().map(DuplicateCandidate::sentence).toList())
                    + (hidden > 0 ? (candidates.isEmpty() ? "" : "; and ") + hidden + " of another therapist's clients (ask a biller)" : "")
                    + ". Open the record instead, or save again confirming this is another person (confirmDuplicate)");
            this.candidates = java.util.List.copyOf(candidates);
            this.hidden = hidden;
        }

        public java.util.List<DuplicateCandidate> candidates() {
            return candidates;
        }

        public int hidden() {
            return hidden;
        }
    }

    /**
     * The visit's claim is past the point of change (409): the visit stays as it was billed. The claim travels with
     * the refusal, so the API and the page can name it and offer its correction.
     */
    public static final class VisitFrozen extends WorkspaceException {
        private final long visitId;
        private final SentClaim claim;

        public VisitFrozen(long visitId, SentClaim claim) {
            super(claim.refusal(visitId));
            this.visitId = visitId;
            this.claim = claim;
        }

        public long visitId() {
            return visitId;
        }

        public SentClaim claim() {
            return claim;
        }
    }
}

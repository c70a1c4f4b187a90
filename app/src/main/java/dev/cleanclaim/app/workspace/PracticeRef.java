package dev.cleanclaim.app.workspace;

import dev.cleanclaim.core.fees.FeeSchedule;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.store.Database;

import java.util.OptionalLong;

/**
 * The workspace's practice as stored now. A new workspace has none until its admin completes the first-run set-up,
 * so the id is looked up until it exists; the practice is read again whenever its stamp moved, so an edit on the
 * Practice page reaches the next claim without a restart.
 */
final class PracticeRef {

    private final Database database;
    private volatile OptionalLong id = OptionalLong.empty();
    private volatile Read last = new Read(Long.MIN_VALUE, null, null);

    /** The practice and its fees as last read, with the stamp they were read at. */
    record Read(long stamp, Practice practice, FeeSchedule fees) {
    }

    PracticeRef(Database database) {
        this.database = database;
    }

    /** The practice's id, or empty while the workspace is not set up. */
    OptionalLong idIfSetUp() {
        OptionalLong known = id;
        if (known.isPresent()) {
            return known;
        }
        OptionalLong found = database.practices().firstId().map(OptionalLong::of).orElse(OptionalLong.empty());
        id = found;
        return found;
    }

    long id() {
        return idIfSetUp().orElseThrow(WorkspaceException.SetupNeeded::new);
    }

    /** The practice's own fee schedule; empty until it sets one. */
    FeeSchedule fees() {
        return read().fees();
    }

    Practice practice() {
        return read().practice();
    }

    /**
     * The practice as stored now, read again only when its stamp moved: claims, scrubs and postings look payers and
     * providers up many times a request, and the practice rarely changes.
     */
    Read read() {
        long practiceId = id();
        long stamp = database.practices().stamp(practiceId);
        Read read = last;
        if (read.stamp() == stamp && read.practice() != null) {
            return read;
        }
        Practice practice = database.practices().find(practiceId).orElseThrow(WorkspaceException.SetupNeeded::new);
        Read fresh = new Read(stamp, practice, database.practices().fees(practiceId).value());
        last = fresh;
        return fresh;
    }
}

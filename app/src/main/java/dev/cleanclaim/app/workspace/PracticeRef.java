package dev.cleanclaim.app.workspace;

import dev.cleanclaim.core.fees.FeeSchedule;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.store.Database;

import java.util.OptionalLong;

/**
 * The workspace's practice as stored now. A new workspace has none until its admin completes the first-run set-up,
 * so the id is looked up until it exists; the practice itself is read each time, so an edit on the Practice page
 * reaches the next claim without a restart.
 */
final class PracticeRef {

    private final Database database;
    private volatile OptionalLong id = OptionalLong.empty();

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
        return database.practices().fees(id()).value();
    }

    Practice practice() {
        return database.practices().find(id()).orElseThrow(WorkspaceException.SetupNeeded::new);
    }
}

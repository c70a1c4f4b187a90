package dev.cleanclaim.store;

/** What an update with optimistic locking gives: saved, or a conflict showing what the other writer saved. */
public sealed interface Update<T> {

    record Saved<T>(Stored<T> stored) implements Update<T> {
    }

    /** @param current the row as it is now, so the second writer can see the first writer's change and redo theirs */
    record Conflict<T>(Stored<T> current) implements Update<T> {
    }

    record NotFound<T>(long id) implements Update<T> {
    }
}

package dev.cleanclaim.store;

/** What recording an acknowledgment file gives. */
public sealed interface Acknowledged {

    record Saved(long acknowledgmentId, int claimsMoved) implements Acknowledged {
    }

    /** The same file (by its SHA-256) was imported before; nothing was written. */
    record AlreadyImported(long acknowledgmentId) implements Acknowledged {
    }

    /** A claim moved between reading and writing; nothing was written and the caller may read again. */
    record Conflict(long claimId) implements Acknowledged {
    }
}

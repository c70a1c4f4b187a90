package dev.cleanclaim.store;

/** What adding or changing a payer directory entry gives. Nothing is saved unless it is {@link Saved}. */
public sealed interface PayerWrite {

    record Saved(Stored<PayerEntry> stored) implements PayerWrite {
    }

    /** @param current the entry as the other writer left it */
    record Conflict(Stored<PayerEntry> current) implements PayerWrite {
    }

    /** No such entry in the practice (or, adding, no such practice). */
    record NotFound(long id) implements PayerWrite {
    }

    /** Another entry of the directory has this directory id. */
    record DuplicatePayerId(String payerId) implements PayerWrite {
    }

    /** Another entry of the directory has this electronic payer id. */
    record DuplicateElectronicId(String electronicId) implements PayerWrite {
    }

    /**
     * The entry's directory id would change while patients' insurance, visits or claims still name the old one:
     * they would lose their payer.
     */
    record PayerIdInUse(String payerId) implements PayerWrite {
    }
}

package dev.cleanclaim.store;

/** What recording a remittance gives. */
public sealed interface Recorded {

    record Saved(long remittanceId) implements Recorded {
    }

    /** Every remittance of a file, in file order: all were written in one transaction. */
    record SavedAll(java.util.List<Long> remittanceIds) implements Recorded {
        public SavedAll {
            remittanceIds = java.util.List.copyOf(remittanceIds);
        }
    }

    /** The payer's payment with this trace number is already stored; nothing was written. */
    record AlreadyImported(long remittanceId) implements Recorded {
    }

    /** A claim moved between planning and writing; nothing was written and the caller may plan again. */
    record Conflict(long claimId) implements Recorded {
    }
}

package dev.cleanclaim.store;

import org.jdbi.v3.core.Jdbi;

/**
 * The history of changes to patients and visits, newest first, a page at a time. The rows are written by the
 * stores that make the changes, in the same transaction (see {@link PatientStore}, {@link VisitStore}).
 */
public final class ChangeHistory {

    /** The longest page a reader may ask for: a record's whole history in one answer could be very long. */
    public static final int MOST_PER_PAGE = 200;

    private final Jdbi jdbi;

    ChangeHistory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public HistoryPage ofPatient(long patientId, int offset, int limit) {
        return page(HistoryRows.Of.PATIENT, patientId, offset, limit);
    }

    public HistoryPage ofVisit(long visitId, int offset, int limit) {
        return page(HistoryRows.Of.VISIT, visitId, offset, limit);
    }

    private HistoryPage page(HistoryRows.Of of, long recordId, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MOST_PER_PAGE) {
            throw new IllegalArgumentException("a history page starts at 0 or later and holds 1 to " + MOST_PER_PAGE
                    + " changes; got offset " + offset + ", limit " + limit);
        }
        return jdbi.withHandle(handle -> HistoryRows.page(handle, of, recordId, offset, limit));
    }
}

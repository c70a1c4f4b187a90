package dev.cleanclaim.core.ncci;

import java.time.LocalDate;
import java.util.Optional;

/** The NCCI procedure-to-procedure edits, looked up by ordered code pair and date of service. */
public interface PtpTable {

    /** The edit with {@code column1} paid and {@code column2} denied, in force on the date. */
    default Optional<PtpEdit> find(String column1, String column2, LocalDate dateOfService) {
        return find(column1, column2, dateOfService.toEpochDay());
    }

    /** The same lookup for a date of service given as its epoch day, which a claim's many lookups share. */
    Optional<PtpEdit> find(String column1, String column2, long epochDay);

    /** The same lookup by {@link ProcedureCodeKey} keys, computed once per line rather than once per pair. */
    default Optional<PtpEdit> find(int column1Key, int column2Key, long epochDay) {
        return find(ProcedureCodeKey.text(column1Key), ProcedureCodeKey.text(column2Key), epochDay);
    }

    /** Rows held, current and historical. */
    int size();

    /** Where the edits come from, for findings: e.g. "CMS NCCI PTP practitioner edits 2024-07-01". */
    String edition();

    /** The quarter of CMS's table these edits are: dates of service after its last day may have edits it lacks. */
    NcciQuarter quarter();
}

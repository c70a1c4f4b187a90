package dev.cleanclaim.core.ack;

import java.util.List;
import java.util.Optional;

/**
 * What a 277CA says about one service line (loop 2220D). Payers send it only when a line has something to say,
 * mostly the line that caused a claim's rejection.
 *
 * @param lineControlNumber REF*FJ, our REF*6R line item control number from the 837
 * @param procedureCode     SVC01-2, e.g. 97140
 */
public record LineStatus(Optional<String> lineControlNumber, String procedureCode, List<StatusDetail> statuses) {

    public LineStatus {
        statuses = List.copyOf(statuses);
    }

    /** E.g. {@code line 97140 (A1001-20261102-1)}. */
    public String name() {
        return "line " + procedureCode + lineControlNumber.map(number -> " (" + number + ")").orElse("");
    }
}

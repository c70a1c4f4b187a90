package dev.cleanclaim.app.web.page;

import java.util.List;

/**
 * The remittances page: the upload form, what the last upload did, the payments received and the queue's length.
 *
 * @param imported what the upload just posted, or null
 */
public record RemittanceListView(FormState upload, ImportView imported, List<Row> remittances, int queued,
                                 Pager pager) {

    public RemittanceListView {
        remittances = List.copyOf(remittances);
    }

    public record Row(long id, String paymentDate, String payer, String trace, String method, String total, int claims,
                      int unmatched, String fileName, String received) {
    }

    /** One upload's outcome, transaction by transaction, with the warnings to read. */
    public record ImportView(String fileName, List<Outcome> outcomes, List<String> warnings) {
        public ImportView {
            outcomes = List.copyOf(outcomes);
            warnings = List.copyOf(warnings);
        }
    }

    public record Outcome(long remittanceId, String payer, String trace, String result) {
    }
}

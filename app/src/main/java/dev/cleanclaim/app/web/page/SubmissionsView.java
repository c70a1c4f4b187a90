package dev.cleanclaim.app.web.page;

import java.util.List;

/**
 * The "Send ready claims" page: what is ready, what was rejected and waits to be fixed, the acknowledgment upload,
 * the files sent, and what the last action did.
 *
 * @param readyCount how many claims the send button sends (the list shows the first of them)
 * @param outcome    what the last send or import did, or null
 */
public record SubmissionsView(FormState form, int readyCount, List<ClaimLine> ready, List<ClaimLine> rejected, List<SentFile> sent,
                              Outcome outcome) {

    public SubmissionsView {
        ready = List.copyOf(ready);
        rejected = List.copyOf(rejected);
        sent = List.copyOf(sent);
    }

    /** A claim in a work list; {@code note} says why it is there (the rejection in words). */
    public record ClaimLine(long id, String controlNumber, String payer, String dateOfService, String total, String note) {
    }

    public record SentFile(long id, String controlNumber, String receiver, int claims, String total, String sentAt,
                           String sentBy, String usage) {
    }

    /** @param lines one sentence per claim or file, each saying what happened to it */
    public record Outcome(String id, String heading, List<String> lines, List<String> warnings) {
        public Outcome {
            lines = List.copyOf(lines);
            warnings = List.copyOf(warnings);
        }
    }
}

package dev.cleanclaim.app.web.page;

import java.util.List;

/**
 * A claim's page: where it stands, its lines and findings as scrubbed, its history, its files and the moves its
 * status allows.
 *
 * @param insurance whether there is an 837 and a CMS-1500 to send (a self-pay client gets only a superbill)
 * @param moveForm  the status form as last posted, with its problems
 * @param payments  what payers did with the claim, denials explained; money sums it up
 * @param offerSecondary the patient has a second policy and this primary claim has no secondary claim yet
 * @param primaryId  the primary claim when this is a secondary claim, else null
 * @param secondaryId the secondary claim made from this one, else null
 */
public record ClaimDetailView(long id, int version, String status, String controlNumber, long patientId,
                              String patientName, long visitId, List<Fact> facts, ScrubView scrub,
                              List<HistoryRow> history, List<Choice> moves, boolean insurance, FormState moveForm,
                              List<PaymentView> payments, List<Fact> money, boolean offerSecondary, Long primaryId,
                              Long secondaryId, Record record) {

    public ClaimDetailView {
        facts = List.copyOf(facts);
        history = List.copyOf(history);
        moves = List.copyOf(moves);
        payments = List.copyOf(payments);
        money = List.copyOf(money);
    }

    /**
     * The claim as a record sent and answered: what it does to the payer's record, what it corrects or what corrected
     * it, the files it went out in, what the 999s and 277CAs said, and which of the record's actions are open.
     *
     * @param canRescrub  the claim is not sent yet (or was rejected), so its visit may be scrubbed again
     * @param canCorrect  the payer has the claim, so billing staff may replace or void it
     */
    public record Record(List<Fact> links, List<Answer> answers, List<String> sentIn, boolean canRescrub,
                         boolean canCorrect, FormState correctionForm) {
        public Record {
            links = List.copyOf(links);
            answers = List.copyOf(answers);
            sentIn = List.copyOf(sentIn);
        }
    }

    /** What one acknowledgment said about the claim. */
    public record Answer(String when, String kind, String fileName, String outcome, String words) {
    }

    /** One change in the claim's life. */
    public record HistoryRow(String when, String user, String from, String to, String note) {
    }
}

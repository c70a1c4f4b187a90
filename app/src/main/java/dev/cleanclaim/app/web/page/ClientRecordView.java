package dev.cleanclaim.app.web.page;

import java.util.List;

/**
 * The client page's part for one client, one record and insured massage: where a merged record went and the merges
 * this one took part in; what the plan says about massage; the signed financial responsibility notices and the move
 * of a visit to self-pay; merging a duplicate into this record.
 *
 * @param mergedInto the record this one was merged into (this one is read-only then); null when in use
 * @param massage    what the plan's rules say about massage; null for a self-pay client
 * @param mayMerge   whether this user may merge a duplicate into this record (billing staff, a record in use)
 */
public record ClientRecordView(long id, Long mergedInto, List<String> merges, MassageView massage,
                               List<NoticeRow> notices, List<Choice> movableVisits, List<Choice> reasons,
                               FormState noticeForm, FormState moveForm, boolean mayMerge, FormState mergeForm) {
    public ClientRecordView {
        merges = List.copyOf(merges);
        notices = List.copyOf(notices);
        movableVisits = List.copyOf(movableVisits);
        reasons = List.copyOf(reasons);
    }

    public boolean writable() {
        return mergedInto == null;
    }

    /**
     * @param requirement whether the plan wants a referral for massage, in words
     * @param referral    the referral that applies today, or that none is on file, in words
     * @param outcomes    what the plan's massage rules said, each with its severity id
     */
    public record MassageView(String payerName, String referral, String requirement, String askedFor,
                              List<Fact> outcomes, boolean planWontPay) {
        public MassageView {
            outcomes = List.copyOf(outcomes);
        }
    }

    public record NoticeRow(long id, String signed, String plan, String reason, String services, String covers,
                            String estimate) {
    }
}

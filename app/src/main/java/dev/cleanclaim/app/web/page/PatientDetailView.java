package dev.cleanclaim.app.web.page;

import java.util.List;

/**
 * A patient's page: who they are, their insurance, the referrals on file and their visits.
 *
 * @param secondary the second policy's facts; empty when there is none
 */
public record PatientDetailView(long id, String name, List<Fact> person, List<Fact> insurance, List<Fact> secondary,
                                List<ReferralRow> referrals, List<VisitRow> visits, FormState referralForm,
                                HistoryView history) {
    public PatientDetailView {
        person = List.copyOf(person);
        insurance = List.copyOf(insurance);
        secondary = List.copyOf(secondary);
        referrals = List.copyOf(referrals);
        visits = List.copyOf(visits);
    }
}

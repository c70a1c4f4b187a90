package dev.cleanclaim.app.web.page;

import java.util.List;

/** A patient's page: who they are, their insurance, the referrals on file and their visits. */
public record PatientDetailView(long id, String name, List<Fact> person, List<Fact> insurance, List<ReferralRow> referrals,
                                List<VisitRow> visits, FormState referralForm) {
    public PatientDetailView {
        person = List.copyOf(person);
        insurance = List.copyOf(insurance);
        referrals = List.copyOf(referrals);
        visits = List.copyOf(visits);
    }
}

package dev.cleanclaim.app.web.page;

import java.util.List;

/**
 * A stored visit: what was entered, what the engine makes of it under the rules in force now, and its claim.
 *
 * @param claimId     the visit's claim, or null while it has none
 * @param frozen      why the visit cannot change (its claim was sent), or null when it can
 * @param refused     whether the page answers a change just refused for that reason
 */
public record VisitPageView(long id, long patientId, String patientName, List<Fact> facts, List<EnteredService> services,
                            List<String> diagnoses, List<String> documentation, ScrubView scrub, Long claimId,
                            String claimStatus, String frozen, boolean refused, HistoryView history) {

    public VisitPageView {
        facts = List.copyOf(facts);
        services = List.copyOf(services);
        diagnoses = List.copyOf(diagnoses);
        documentation = List.copyOf(documentation);
    }

    /** A service as the therapist or biller entered it. */
    public record EnteredService(String code, String technique, String minutes, String regions, String modifiers) {
    }
}

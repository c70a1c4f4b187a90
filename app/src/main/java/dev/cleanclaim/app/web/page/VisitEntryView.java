package dev.cleanclaim.app.web.page;

import java.util.List;

/**
 * The visit screen: the form as it stands, the choices it offers, and the live scrub beside it.
 *
 * @param action        where "Save visit" posts: a new visit of the patient, or the visit being changed
 * @param visitId       the visit being changed, or null for a new one
 * @param version       the version of the visit being changed, or null
 * @param serviceRows   how many service rows the form shows (the visit's services and one blank row)
 * @param diagnosisRows how many diagnosis rows it shows
 * @param applied       the fix just applied, to announce, or null
 * @param conflict      someone else's saved change beside this user's, to choose between; null when none
 */
public record VisitEntryView(long patientId, String patientName, String action, Long visitId, Integer version,
                             FormState form, int serviceRows, int diagnosisRows, List<RegionChoice> regions,
                             List<Choice> payers, List<Choice> providers, List<Choice> employers, List<Choice> conditions,
                             List<Choice> codes, ScrubView scrub, String applied, SaveConflict conflict) {

    public VisitEntryView {
        regions = List.copyOf(regions);
        payers = List.copyOf(payers);
        providers = List.copyOf(providers);
        employers = List.copyOf(employers);
        conditions = List.copyOf(conditions);
        codes = List.copyOf(codes);
    }

    /** Where the page's helpers (live scrub, fixes, more rows) post. */
    public String base() {
        return "/patients/" + patientId + "/visits";
    }

    /** A body region to click, grouped as spinal (manipulation regions) or extraspinal. */
    public record RegionChoice(String id, String label, boolean spinal) {
    }
}

package dev.cleanclaim.app.web.page;

import java.util.List;

/**
 * The form for a new patient or a change to one.
 *
 * @param version          the version being changed, null for a new patient
 * @param chooseTherapist  whether the user picks the therapist (a therapist's own patients are theirs)
 */
public record PatientFormView(String heading, String action, Integer version, FormState form, List<Choice> payers,
                              List<Choice> therapists, boolean chooseTherapist, String cancelHref) {
    public PatientFormView {
        payers = List.copyOf(payers);
        therapists = List.copyOf(therapists);
    }
}

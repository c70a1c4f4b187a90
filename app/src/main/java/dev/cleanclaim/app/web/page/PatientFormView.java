package dev.cleanclaim.app.web.page;

import java.util.List;

/**
 * The form for a new patient or a change to one.
 *
 * @param version          the version being changed, null for a new patient
 * @param secondaryPayers  the payers a second policy may be with ("None" first; no self-pay)
 * @param chooseTherapist  whether the user picks the therapist (a therapist's own patients are theirs)
 * @param conflict         someone else's saved change beside this user's, to choose between; null when none
 * @param duplicates       the records on file a new client looks like, to open or to save anyway; null when none
 */
public record PatientFormView(String heading, String action, Integer version, FormState form, List<Choice> payers,
                              List<Choice> secondaryPayers, List<Choice> therapists, boolean chooseTherapist,
                              String cancelHref, SaveConflict conflict,
                              dev.cleanclaim.app.workspace.WorkspaceException.LikelyDuplicates duplicates) {
    public PatientFormView {
        payers = List.copyOf(payers);
        secondaryPayers = List.copyOf(secondaryPayers);
        therapists = List.copyOf(therapists);
    }
}

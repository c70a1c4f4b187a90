package dev.cleanclaim.app.web.page;

import java.util.List;

/** The patient list, or what a search found. */
public record PatientListView(String query, List<PatientRow> patients) {
    public PatientListView {
        patients = List.copyOf(patients);
    }
}

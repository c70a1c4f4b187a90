package dev.cleanclaim.app.web.page;

/** A patient as the patient list shows them. */
public record PatientRow(long id, String name, String birthDate, String accountNumber, String payer, String therapist) {
}

package dev.cleanclaim.app.workspace;

import dev.cleanclaim.core.letter.NecessityLetter;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.submission.ClaimDescriptions;
import dev.cleanclaim.forms.MedicalNecessityLetterPdf;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.PatientRecord;
import dev.cleanclaim.store.Stored;

import java.util.List;
import java.util.Optional;

/**
 * The letters of medical necessity kept with each client, as one user may see them (a therapist their own clients'):
 * added, listed (newest period first) and printed as the physician's copy with the client's copy.
 */
public final class NecessityLetters {

    private final Database database;
    private final Patients patients;
    private final PracticeRef practice;
    private final AuditTrail audit;
    private final MedicalNecessityLetterPdf pdf;

    NecessityLetters(Database database, RuleData rules, Patients patients, PracticeRef practice, AuditTrail audit) {
        this.database = database;
        this.patients = patients;
        this.practice = practice;
        this.audit = audit;
        this.pdf = new MedicalNecessityLetterPdf(new ClaimDescriptions(rules));
    }

    /** Keeps the letter with the client, with its audit row in the same transaction. */
    public Stored<NecessityLetter> add(Actor actor, long patientId, NecessityLetter letter) {
        patients.visible(actor, patientId);
        return database.necessityLetters().create(patientId, letter, AuditTrail.note(actor, "create"));
    }

    public List<Stored<NecessityLetter>> list(Actor actor, long patientId) {
        patients.visible(actor, patientId);
        List<Stored<NecessityLetter>> letters = database.necessityLetters().forPatient(patientId);
        if (letters.isEmpty()) {
            audit.record(actor, "list", "necessity-letter", Optional.empty(), Optional.of("patient " + patientId));
        } else {
            audit.shown(actor, "necessity-letter", letters.stream().map(Stored::id).toList(), "patient " + patientId);
        }
        return letters;
    }

    /** The letter as a PDF: the physician's copy to sign, then the client's copy. */
    public byte[] pdf(Actor actor, long letterId) {
        long patientId = database.necessityLetters().patientOf(letterId)
                .orElseThrow(() -> new WorkspaceException.NotFound("necessity letter", letterId));
        return pdf(actor, patientId, letterId);
    }

    /** The same, for the letter of this client (404 when the letter is another client's). */
    public byte[] pdf(Actor actor, long patientId, long letterId) {
        PatientRecord client = patients.visible(actor, patientId).value();
        Stored<NecessityLetter> letter = database.necessityLetters().find(patientId, letterId)
                .orElseThrow(() -> new WorkspaceException.NotFound("necessity letter", letterId));
        byte[] bytes = pdf.render(letter.value(), client.patient().person(), practice.practice().billing());
        audit.record(actor, "download", "necessity-letter", Optional.of(letter.id()), Optional.of("patient " + patientId));
        return bytes;
    }
}

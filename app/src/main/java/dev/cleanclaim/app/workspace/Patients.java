package dev.cleanclaim.app.workspace;

import dev.cleanclaim.core.client.LikelyDuplicate;
import dev.cleanclaim.core.referral.Referral;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.HistoryPage;
import dev.cleanclaim.store.PatientRecord;
import dev.cleanclaim.store.Stored;
import dev.cleanclaim.store.Update;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The practice's patients and their referrals, as one user may see them: a therapist their own patients, a biller
 * and an admin every patient. Every read and write is audited, refusals included.
 */
public final class Patients {

    private final Database database;
    private final PracticeRef practice;
    private final AuditTrail audit;

    Patients(Database database, PracticeRef practice, AuditTrail audit) {
        this.database = database;
        this.practice = practice;
        this.audit = audit;
    }

    public List<Stored<PatientRecord>> list(Actor actor) {
        List<Stored<PatientRecord>> visible = database.patients().list(practice.id()).stream()
                .filter(patient -> actor.maySee(patient.value().therapistId())).toList();
        audit.shown(actor, "patient", visible.stream().map(Stored::id).toList(), "in a list of " + visible.size() + " patient(s)");
        return visible;
    }

    /**
     * The patients whose name or account number contains every word of {@code query} (case ignored). The audit log
     * records that a search was made and how many it found, not what was searched for: a name is patient data.
     */
    public List<Stored<PatientRecord>> search(Actor actor, String query) {
        List<String> words = List.of(query.toLowerCase(Locale.ROOT).trim().split("\\s+"));
        List<Stored<PatientRecord>> found = database.patients().list(practice.id()).stream()
                .filter(patient -> actor.maySee(patient.value().therapistId()))
                .filter(patient -> words.stream().allMatch(word -> searchable(patient.value()).contains(word))).toList();
        audit.shown(actor, "patient", found.stream().map(Stored::id).toList(), "in a search that found " + found.size()
                + " patient(s)");
        return found;
    }

    private static String searchable(PatientRecord record) {
        return (record.patient().person().firstName() + " " + record.patient().person().lastName() + " "
                + record.patient().accountNumber()).toLowerCase(Locale.ROOT);
    }

    public Stored<PatientRecord> get(Actor actor, long id) {
        Stored<PatientRecord> patient = visible(actor, id);
        audit.read(actor, "patient", id);
        return patient;
    }

    /** A therapist's new patient is theirs, whatever the request said. */
    public Stored<PatientRecord> create(Actor actor, PatientRecord record) {
        return create(actor, record, true);
    }

    /**
     * A new patient, unless they look like a record already on file ({@link WorkspaceException.LikelyDuplicates})
     * and {@code anotherPerson} does not say the user checked that they are someone else.
     */
    public Stored<PatientRecord> create(Actor actor, PatientRecord record, boolean anotherPerson) {
        Optional<Long> therapist = actor.isTherapist() ? actor.providerId() : record.therapistId();
        PatientRecord owned = new PatientRecord(practice.id(), record.patient(), record.payerId(), therapist,
                record.secondary());
        refuseTakenAccountNumber(Optional.empty(), record);
        if (!anotherPerson) {
            refuseLikelyDuplicate(actor, owned);
        }
        return database.patients().create(owned, AuditTrail.note(actor, "create"));
    }

    /**
     * The records already on file that look like this client; the ones shown are audited as a list, since their
     * names are patient data. Another therapist's clients are counted, never shown to a therapist.
     */
    private void refuseLikelyDuplicate(Actor actor, PatientRecord record) {
        List<LikelyDuplicate.Policy> policies = policies(record);
        List<DuplicateCandidate> shown = new java.util.ArrayList<>();
        int hidden = 0;
        for (Stored<PatientRecord> other : database.patients().list(practice.id())) {
            List<LikelyDuplicate.Reason> reasons = LikelyDuplicate.reasons(record.patient().person(), policies,
                    other.value().patient().person(), policies(other.value()));
            if (reasons.isEmpty()) {
                continue;
            }
            if (!actor.maySee(other.value().therapistId())) {
                hidden++;
                continue;
            }
            var person = other.value().patient().person();
            shown.add(new DuplicateCandidate(other.id(), person.firstName() + " " + person.lastName(),
                    person.birthDate(), other.value().patient().accountNumber(), reasons));
        }
        if (shown.isEmpty() && hidden == 0) {
            return;
        }
        audit.shown(actor, "patient", shown.stream().map(DuplicateCandidate::id).toList(),
                "as " + (shown.size() + hidden) + " likely duplicate(s) of a new patient");
        throw new WorkspaceException.LikelyDuplicates(shown, hidden);
    }

    /** The client's policies as their cards say: payer and member id, primary and second. */
    static List<LikelyDuplicate.Policy> policies(PatientRecord record) {
        List<LikelyDuplicate.Policy> policies = new java.util.ArrayList<>();
        record.payerId().ifPresent(payer -> record.patient().memberId().ifPresent(member ->
                policies.add(new LikelyDuplicate.Policy(payer, member))));
        record.secondary().ifPresent(second -> policies.add(new LikelyDuplicate.Policy(second.payerId(), second.memberId())));
        return policies;
    }

    public Stored<PatientRecord> update(Actor actor, long id, int expectedVersion, PatientRecord record) {
        Stored<PatientRecord> current = writable(actor, id);
        Optional<Long> therapist = actor.isTherapist() ? current.value().therapistId() : record.therapistId();
        refuseTakenAccountNumber(Optional.of(id), record);
        Update<PatientRecord> update = database.patients().update(id, expectedVersion,
                new PatientRecord(practice.id(), record.patient(), record.payerId(), therapist, record.secondary()),
                AuditTrail.note(actor, "update"));
        if (update instanceof Update.Saved<PatientRecord> saved) {
            return saved.stored();
        }
        if (update instanceof Update.Conflict<PatientRecord> conflict) {
            throw new WorkspaceException.Conflict("patient", id, conflict.current().version());
        }
        throw new WorkspaceException.NotFound("patient", id);
    }

    /**
     * Who changed the patient, when and how, newest first: their details, insurance and therapist. Seen by whoever
     * may see the patient, and audited as a read of them.
     */
    public HistoryPage history(Actor actor, long id, HistoryPaging paging) {
        visible(actor, id);
        audit.read(actor, AuditTrail.PATIENT_HISTORY, id);
        return database.history().ofPatient(id, paging.offset(), paging.limit());
    }

    public List<Stored<Referral>> referrals(Actor actor, long patientId) {
        visible(actor, patientId);
        audit.read(actor, "referral", patientId);
        return database.referrals().forPatient(patientId);
    }

    public Stored<Referral> addReferral(Actor actor, long patientId, Referral referral) {
        writable(actor, patientId);
        return database.referrals().create(patientId, referral, AuditTrail.note(actor, "create"));
    }

    /**
     * An account number names one patient (CLM01 and the 835 build on it); the database would refuse a second one
     * too, but only with an error nobody could act on.
     */
    private void refuseTakenAccountNumber(Optional<Long> self, PatientRecord record) {
        String account = record.patient().accountNumber();
        database.patients().list(practice.id()).stream()
                .filter(other -> other.value().patient().accountNumber().equalsIgnoreCase(account))
                .filter(other -> self.filter(id -> id == other.id()).isEmpty())
                .findFirst().ifPresent(other -> {
                    throw new WorkspaceException.Conflict("account number " + account + " is another patient's;"
                            + " give this patient an account number of their own");
                });
    }

    /**
     * The patient if this actor may see them and the record is in use: a record merged into another is kept as it
     * was, read-only, and every change goes to the record it was merged into.
     */
    Stored<PatientRecord> writable(Actor actor, long id) {
        Stored<PatientRecord> patient = visible(actor, id);
        database.patients().mergedInto(id).ifPresent(survivor -> {
            throw new WorkspaceException.Conflict("patient " + id + " was merged into patient " + survivor
                    + " and is kept read-only; make the change on patient " + survivor + " (/patients/" + survivor + ")");
        });
        return patient;
    }

    /** The record this one was merged into, if it was; not audited (the page's own read of the patient is). */
    public Optional<Long> mergedInto(Actor actor, long id) {
        visible(actor, id);
        return database.patients().mergedInto(id);
    }

    /** The patient if this actor may see them; a refusal is audited too. */
    Stored<PatientRecord> visible(Actor actor, long id) {
        return visible(actor, id, database.patients().find(id));
    }

    /** The same check on a patient read beforehand (with others, for a batch); {@code stored} empty: none stored. */
    Stored<PatientRecord> visible(Actor actor, long id, Optional<Stored<PatientRecord>> stored) {
        Stored<PatientRecord> patient = stored
                .filter(found -> found.value().practiceId() == practice.id())
                .orElseThrow(() -> new WorkspaceException.NotFound("patient", id));
        if (!actor.maySee(patient.value().therapistId())) {
            audit.denied(actor, "patient", id);
            throw new WorkspaceException.Forbidden("patient " + id + " is another therapist's patient; ask a biller"
                    + " or an admin if you need to see them");
        }
        return patient;
    }
}

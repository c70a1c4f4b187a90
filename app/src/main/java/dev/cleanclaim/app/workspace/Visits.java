package dev.cleanclaim.app.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.app.contract.PracticeFile;
import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.HistoryPage;
import dev.cleanclaim.store.PatientRecord;
import dev.cleanclaim.store.Stored;
import dev.cleanclaim.store.Update;
import dev.cleanclaim.store.VisitRecord;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.OptionalLong;

/**
 * Visits of the practice's patients, stored as the visit contract JSON the therapist or biller entered. A visit is
 * checked in full before it is stored, so the store only ever holds visits the engine can read.
 */
public final class Visits {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database database;
    private final PracticeRef practice;
    private final Patients patients;
    private final VisitScrubber scrubber;
    private final AuditTrail audit;
    private final VisitFreeze freeze;

    Visits(Database database, PracticeRef practice, Patients patients, VisitScrubber scrubber, AuditTrail audit) {
        this.database = database;
        this.practice = practice;
        this.patients = patients;
        this.scrubber = scrubber;
        this.audit = audit;
        this.freeze = new VisitFreeze(database.claims());
    }

    /**
     * Scrubs a visit as it is being entered, without storing it: what the visit screen shows as the user types. Not
     * audited: it returns only the claim lines and findings, and the screen's own reads of the patient are.
     */
    public ClaimDraft preview(Actor actor, long patientId, String visitJson) {
        Stored<PatientRecord> patient = patients.visible(actor, patientId);
        String body = withoutPatientBlock(visitJson);
        return scrubber.scrub("visit", body, patient, database.referrals().forPatient(patientId), OptionalLong.empty())
                .claim();
    }

    public StoredVisit create(Actor actor, long patientId, String visitJson) {
        Stored<PatientRecord> patient = patients.writable(actor, patientId);
        String body = withoutPatientBlock(visitJson);
        VisitScrubber.Scrubbed scrubbed = scrubber.scrub("visit", body, patient,
                database.referrals().forPatient(patientId), OptionalLong.empty());
        long providerId = providerOf(actor, scrubbed, OptionalLong.empty());
        Stored<VisitRecord> stored = database.visits().create(new VisitRecord(patientId, providerId,
                scrubbed.visit().dateOfService(), scrubbed.visit().payer().id(), body), AuditTrail.note(actor, "create"));
        return new StoredVisit(stored, scrubbed.visit(), scrubbed.referral(), scrubbed.claim());
    }

    /**
     * Saves a change to the visit. A visit whose claim is past the point of change is refused before its input is
     * read ({@link WorkspaceException.VisitFrozen}, naming the claim and its correction): fixing the input of a
     * change that can never be saved would be wasted work.
     */
    public StoredVisit update(Actor actor, long visitId, int expectedVersion, String visitJson) {
        StoredVisit current = find(actor, visitId);
        freeze.refuseChangeOf(visitId);
        long patientId = current.record().value().patientId();
        String body = withoutPatientBlock(visitJson);
        VisitScrubber.Scrubbed scrubbed = scrubber.scrub("visit", body, patients.visible(actor, patientId),
                database.referrals().forPatient(patientId), OptionalLong.of(visitId));
        Update<VisitRecord> update = database.visits().update(visitId, expectedVersion, new VisitRecord(patientId,
                providerOf(actor, scrubbed, OptionalLong.of(current.record().value().providerId())),
                scrubbed.visit().dateOfService(), scrubbed.visit().payer().id(), body), AuditTrail.note(actor, "update"));
        if (update instanceof Update.Saved<VisitRecord> saved) {
            return new StoredVisit(saved.stored(), scrubbed.visit(), scrubbed.referral(), scrubbed.claim());
        }
        if (update instanceof Update.Conflict<VisitRecord> conflict) {
            // The store refuses a visit whose claim was sent since the check above: say so rather than "changed".
            freeze.refuseChangeOf(visitId);
            throw new WorkspaceException.Conflict("visit", visitId, conflict.current().version());
        }
        throw new WorkspaceException.NotFound("visit", visitId);
    }

    public StoredVisit get(Actor actor, long visitId) {
        StoredVisit visit = find(actor, visitId);
        audit.read(actor, "visit", visitId);
        return visit;
    }

    /**
     * The claim that keeps the visit from changing, if any, for a page to say so before anybody types a change. Not
     * audited: it names only the claim, and the page's own read of the visit is audited.
     */
    public Optional<SentClaim> frozenBy(Actor actor, long visitId) {
        visibleRecord(actor, visitId);
        return freeze.of(visitId);
    }

    /** Who changed the visit, when and how, newest first; audited as a read of the visit's patient data. */
    public HistoryPage history(Actor actor, long visitId, HistoryPaging paging) {
        visibleRecord(actor, visitId);
        audit.read(actor, AuditTrail.VISIT_HISTORY, visitId);
        return database.history().ofVisit(visitId, paging.offset(), paging.limit());
    }

    /** The stored visit, if this actor may see its patient; without scrubbing it, for reads that need only that. */
    private Stored<VisitRecord> visibleRecord(Actor actor, long visitId) {
        Stored<VisitRecord> record = database.visits().find(visitId)
                .orElseThrow(() -> new WorkspaceException.NotFound("visit", visitId));
        patients.visible(actor, record.value().patientId());
        return record;
    }

    public List<Stored<VisitRecord>> forPatient(Actor actor, long patientId) {
        patients.visible(actor, patientId);
        List<Stored<VisitRecord>> visits = database.visits().forPatient(patientId);
        audit.shown(actor, "visit", visits.stream().map(Stored::id).toList(), "in the " + visits.size()
                + " visit(s) of patient " + patientId);
        return visits;
    }

    /**
     * A re-scrubber of stored visits under the practice's terms of now, read once for all the visits it scrubs, as
     * an audit of past claims does. Callers record how many they scrubbed with {@link #rescrubbed}.
     */
    public Rescrubber rescrubber() {
        return new Rescrubber(scrubber, scrubber.termsNow());
    }

    /** One audit entry says how many stored visits were scrubbed again. */
    public void rescrubbed(Actor actor, long count) {
        audit.list(actor, "visit", "re-scrubbed " + count + " visit(s) with the rules in force now");
    }

    /** The visit read back and scrubbed with the rules in force now; not audited (callers audit what they show). */
    StoredVisit find(Actor actor, long visitId) {
        return find(actor, visitId, Optional.empty());
    }

    /**
     * The visit scrubbed under the practice's terms as a claim was made with them (its fees and payer directory),
     * so that claim's documents charge what it charged; under the terms of now when none are given.
     */
    StoredVisit find(Actor actor, long visitId, Optional<PracticeFile> madeWith) {
        return find(actor, visitId, madeWith, UnaryOperator.identity());
    }

    /**
     * The visit of a claim as it was billed: under the practice's terms the claim was made with, and with the patient
     * {@code billed} makes of the patient of now (the patient as a sent claim billed them).
     */
    StoredVisit find(Actor actor, long visitId, Optional<PracticeFile> madeWith,
                     UnaryOperator<Stored<PatientRecord>> billed) {
        Stored<VisitRecord> record = database.visits().find(visitId)
                .orElseThrow(() -> new WorkspaceException.NotFound("visit", visitId));
        Stored<PatientRecord> patient = billed.apply(patients.visible(actor, record.value().patientId()));
        VisitScrubber.Scrubbed scrubbed = scrubber.scrub("visit " + visitId, record.value().body(), patient,
                database.referrals().forPatient(patient.id()), OptionalLong.of(visitId), madeWith);
        return new StoredVisit(record, scrubbed.visit(), scrubbed.referral(), scrubbed.claim());
    }

    /**
     * The visit read back under the terms a stored claim was made with, billed as that claim's record says (its
     * lines, findings and rule-data edition), with the patient {@code billed} makes of the patient of now: what the
     * claim's packet is assembled from. The visit is not scrubbed again; the claim's record is what was scrubbed and
     * reviewed. {@code sources} reads the visit, its patient and referrals (the store, or a batch read ahead).
     */
    StoredVisit asClaimed(Actor actor, long visitId, Optional<PracticeFile> madeWith, ClaimDraft claimed,
                          UnaryOperator<Stored<PatientRecord>> billed, ClaimSources sources) {
        Stored<VisitRecord> record = sources.visit(visitId)
                .orElseThrow(() -> new WorkspaceException.NotFound("visit", visitId));
        long patientId = record.value().patientId();
        Stored<PatientRecord> patient = billed.apply(patients.visible(actor, patientId, sources.patient(patientId)));
        VisitScrubber.Read read = scrubber.read("visit " + visitId, record.value().body(), patient,
                sources.referrals(patient.id()), madeWith);
        return new StoredVisit(record, read.visit(), read.referral(), claimed);
    }

    /**
     * @param keeping the provider the visit had: a provider who has left (inactive) keeps the visits they saw, but is
     *                offered for no new one
     */
    private long providerOf(Actor actor, VisitScrubber.Scrubbed scrubbed, OptionalLong keeping) {
        String npi = scrubbed.visit().provider().npi().orElseThrow(() -> new InputException("visit",
                List.of(new InputProblem("$.provider.npi", "missing; name the provider who saw the patient"))));
        Stored<RenderingProvider> provider = database.practices().providers(practice.id()).stream()
                .filter(candidate -> candidate.value().npi().equals(npi)).findFirst()
                .orElseThrow(() -> new InputException("visit", List.of(new InputProblem("$.provider.npi",
                        npi + " is not one of the practice's providers"))));
        if (!provider.value().active() && (keeping.isEmpty() || keeping.getAsLong() != provider.id())) {
            throw new InputException("visit", List.of(new InputProblem("$.provider.npi", provider.value().fullName()
                    + " (" + npi + ") is no longer active; an admin makes them active again on the Providers page"
                    + " (/admin/providers)")));
        }
        if (actor.isTherapist() && actor.providerId().filter(own -> own == provider.id()).isEmpty()) {
            throw new InputException("visit", List.of(new InputProblem("$.provider.npi",
                    "a therapist enters their own visits; " + npi + " is another provider")));
        }
        return provider.id();
    }

    /** The stored patient is the truth about the patient, so a visit for a stored patient carries no patient block. */
    private static String withoutPatientBlock(String visitJson) {
        JsonNode root;
        try {
            root = JSON.readTree(visitJson);
        } catch (JsonProcessingException e) {
            throw new InputException("visit", List.of(new InputProblem("$", "not JSON: " + e.getOriginalMessage())));
        }
        if (root instanceof ObjectNode object && object.has("patient")) {
            throw new InputException("visit", List.of(new InputProblem("$.patient",
                    "leave the patient block out: the visit belongs to the stored patient, whose details are used")));
        }
        return visitJson;
    }
}

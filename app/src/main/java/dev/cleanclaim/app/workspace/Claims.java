package dev.cleanclaim.app.workspace;

import dev.cleanclaim.app.contract.ClaimJson;
import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.app.contract.PracticeFile;
import dev.cleanclaim.app.contract.StoredClaimBody;
import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.Severity;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.practice.PayerAccount;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.submission.ClaimPacket;
import dev.cleanclaim.core.submission.ClaimPacketAssembler;
import dev.cleanclaim.core.submission.PacketAssembly;
import dev.cleanclaim.core.submission.Purpose;
import dev.cleanclaim.core.submission.ClaimFrequency;
import dev.cleanclaim.core.submission.Correction;
import dev.cleanclaim.store.AuditNote;
import dev.cleanclaim.store.ClaimFilter;
import dev.cleanclaim.store.ClaimLinks;
import dev.cleanclaim.store.ClaimRecord;
import dev.cleanclaim.store.ClaimStore;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.PatientRecord;
import dev.cleanclaim.store.PostedPayment;
import dev.cleanclaim.store.StatusStep;
import dev.cleanclaim.store.Stored;
import dev.cleanclaim.store.Transition;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Claims made from stored visits: created scrubbed (and ready when the scrub found no errors), listed and filtered,
 * moved through their lifecycle, and rendered as 837P, CMS-1500 and superbill.
 */
public final class Claims {

    private final Database database;
    private final Visits visits;
    private final Patients patients;
    private final ClaimFiles files;
    private final AuditTrail audit;
    private final PracticeRef practice;
    private final SecondaryPackets secondary;
    private final ClaimFacts facts;

    Claims(Database database, PracticeRef practice, Visits visits, Patients patients, ClaimFiles files, AuditTrail audit,
           SecondaryPackets secondary, ClaimFacts facts) {
        this.database = database;
        this.practice = practice;
        this.secondary = secondary;
        this.facts = facts;
        this.visits = visits;
        this.patients = patients;
        this.files = files;
        this.audit = audit;
    }

    /**
     * Makes the claim of a visit. Facts the claim needs but the workspace lacks (a member id, a referring physician)
     * are refused as bad input naming each one; a visit has one claim.
     */
    public ClaimView create(Actor actor, long visitId) {
        StoredVisit visit = visits.find(actor, visitId);
        ClaimPacket packet = packet(visit, purposeOf(visit));
        ClaimStore claims = database.claims();
        claims.findByControlNumber(packet.patientControlNumber()).ifPresent(existing -> {
            throw new WorkspaceException.Conflict("visit " + visitId + " already has claim " + existing.id()
                    + " (control number " + packet.patientControlNumber() + "); open that claim instead");
        });
        ClaimDraft claim = visit.claim();
        PatientRecord patient = patients.visible(actor, visit.record().value().patientId()).value();
        Set<String> payerIds = new LinkedHashSet<>();
        payerIds.add(claim.payerId());
        patient.secondary().ifPresent(second -> payerIds.add(second.payerId()));
        long errors = claim.findings().stream().filter(finding -> finding.severity() == Severity.ERROR).count();
        Stored<ClaimRecord> created = claims.create(new ClaimRecord(visitId, visit.record().value().patientId(),
                claim.payerId(), claim.dateOfService(), ClaimStatus.DRAFT, packet.patientControlNumber(),
                claim.totalCharge(), claim.ruleDataVersion(), ClaimJson.write(claim)),
                facts.write(packet.practice(), payerIds, practice.fees()), firstSteps(claim, errors),
                visit.referral().map(Stored::id), note(actor, "create", "claim of visit " + visitId));
        return new ClaimView(created, claims.history(created.id()));
    }

    /** Scrubbed with the rule data it names, then ready when the scrub found no error. */
    private static List<StatusStep> firstSteps(ClaimDraft claim, long errors) {
        StatusStep scrubbed = new StatusStep(ClaimStatus.SCRUBBED, "scrubbed with " + claim.ruleDataVersion() + ": "
                + errors + " error(s)");
        return errors == 0 ? List.of(scrubbed, new StatusStep(ClaimStatus.READY, "no error findings")) : List.of(scrubbed);
    }

    static AuditNote note(Actor actor, String action, String detail) {
        return new AuditNote(actor.username(), Optional.of(actor.remoteAddress()), action, Optional.of(detail));
    }

    /**
     * Makes the claim that bills the patient's second insurance, once the primary payer has decided the claim: the
     * same services under its own control number, with the primary's payment, claim number and adjustments attached.
     * A claim without a second policy, without the primary's decision, or with a secondary claim already is refused.
     */
    public ClaimView createSecondary(Actor actor, long primaryClaimId) {
        Stored<ClaimRecord> primary = visible(actor, primaryClaimId);
        ClaimStore claims = database.claims();
        if (claims.primaryOf(primaryClaimId).isPresent()) {
            throw new InputException("claim " + primaryClaimId, List.of(new InputProblem("claim",
                    "is itself a secondary claim; a third payer is billed from the secondary's decision, on paper")));
        }
        claims.secondaryOf(primaryClaimId).ifPresent(existing -> {
            throw new WorkspaceException.Conflict("claim " + primaryClaimId + " already has secondary claim "
                    + existing.id() + " (control number " + existing.value().patientControlNumber() + "); open that claim instead");
        });
        ClaimRecord record = primary.value();
        PatientRecord patient = patients.visible(actor, record.patientId()).value();
        PostedPayment decision = SecondaryPackets.primaryDecision(database.remittances().forClaim(primaryClaimId));
        ClaimPacket packet = secondary.packet(packet(visits.find(actor, record.visitId()), Purpose.INSURANCE_CLAIM),
                patient, decision, practice.practice());
        Stored<ClaimRecord> created = claims.createSecondary(new ClaimRecord(record.visitId(), record.patientId(),
                SecondaryPackets.secondCoverage(patient).payerId(), record.dateOfService(), ClaimStatus.DRAFT,
                packet.patientControlNumber(), record.totalCharge(), record.ruleDataVersion(), record.body()),
                primaryClaimId, facts.write(packet.practice(), Set.of(record.payerId(),
                        SecondaryPackets.secondCoverage(patient).payerId()), practice.fees()), actor.username());
        String note = "secondary to claim " + record.patientControlNumber() + ": " + decision.payerName() + " paid $"
                + decision.payment().paid() + " (its claim " + decision.payment().payerClaimNumber().orElse("?") + ")";
        Stored<ClaimRecord> scrubbed = moved(claims.move(created.id(), created.version(), ClaimStatus.SCRUBBED,
                actor.username(), Optional.of(note)));
        boolean errors = StoredClaimBody.read(record.body()).findings().stream()
                .anyMatch(finding -> finding.severity() == Severity.ERROR);
        if (!errors) {
            scrubbed = moved(claims.move(scrubbed.id(), scrubbed.version(), ClaimStatus.READY, actor.username(),
                    Optional.of("no error findings")));
        }
        audit.create(actor, "claim", created.id());
        return new ClaimView(scrubbed, claims.history(created.id()));
    }

    /**
     * Scrubs the claim's visit again under the rules and practice terms of now and keeps the result as the claim's new
     * version: the explicit action after fixing a visit, a patient or the practice. Only a claim not yet sent, or one
     * the clearinghouse or payer rejected, changes; a claim the payer has is corrected by a new claim instead.
     */
    public ClaimView rescrub(Actor actor, long claimId, int expectedVersion) {
        Stored<ClaimRecord> claim = visible(actor, claimId);
        ClaimStatus status = claim.value().status();
        if (!status.isOpenForChange()) {
            throw new WorkspaceException.Conflict(frozen(claimId, claim.value()));
        }
        if (database.claims().primaryOf(claimId).isPresent()) {
            throw new InputException("claim " + claimId, List.of(new InputProblem("claim", "a secondary claim bills what"
                    + " its primary claim billed; scrub the primary's visit, then make the secondary claim from it")));
        }
        StoredVisit visit = visits.find(actor, claim.value().visitId());
        ClaimDraft draft = visit.claim();
        ClaimPacket packet = packet(visit, purposeOf(visit));
        PatientRecord patient = patients.visible(actor, claim.value().patientId()).value();
        Set<String> payerIds = new LinkedHashSet<>();
        payerIds.add(draft.payerId());
        patient.secondary().ifPresent(second -> payerIds.add(second.payerId()));
        long errors = draft.findings().stream().filter(finding -> finding.severity() == Severity.ERROR).count();
        ClaimStatus next = errors == 0 ? ClaimStatus.READY : ClaimStatus.SCRUBBED;
        ClaimRecord revised = new ClaimRecord(claim.value().visitId(), claim.value().patientId(), draft.payerId(),
                draft.dateOfService(), next, claim.value().patientControlNumber(), draft.totalCharge(),
                draft.ruleDataVersion(), ClaimJson.write(draft));
        dev.cleanclaim.store.Update<ClaimRecord> update = database.claims().revise(claimId, expectedVersion, revised,
                facts.write(packet.practice(), payerIds, practice.fees()), note(actor, "update", "re-scrubbed"),
                "re-scrubbed " + (status == ClaimStatus.REJECTED ? "after its rejection " : "") + "with "
                        + draft.ruleDataVersion() + ": " + errors + " error(s)");
        if (update instanceof dev.cleanclaim.store.Update.Conflict<ClaimRecord> conflict) {
            throw new WorkspaceException.Conflict("claim", claimId, conflict.current().version());
        }
        if (!(update instanceof dev.cleanclaim.store.Update.Saved<ClaimRecord> saved)) {
            throw new WorkspaceException.NotFound("claim", claimId);
        }
        return new ClaimView(saved.stored(), database.claims().history(claimId));
    }

    /**
     * Corrects a claim the payer has by a new claim: a replacement (frequency 7) billing the visit as it is now, or a
     * void (8) taking the claim back. The new claim names the payer's number of the original (REF*F8); the original
     * becomes corrected or voided, both with the reason, in one transaction.
     */
    public ClaimView correct(Actor actor, long claimId, int expectedVersion, ClaimFrequency kind, String reason) {
        Stored<ClaimRecord> original = visible(actor, claimId);
        if (actor.isTherapist()) {
            throw new WorkspaceException.Forbidden("billing staff correct claims the payer has; a therapist fixes the visit");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 400) {
            throw new InputException("correction", List.of(new InputProblem("$.reason", why.isEmpty()
                    ? "missing; say why the claim is " + (kind == ClaimFrequency.VOID ? "voided" : "replaced")
                    : "at most 400 characters")));
        }
        if (original.version() != expectedVersion) {
            throw new WorkspaceException.Conflict("claim", claimId, original.version());
        }
        ClaimStatus status = original.value().status();
        if (!status.isCorrectable()) {
            throw new WorkspaceException.Conflict("claim " + claimId + " is " + status.words() + ": "
                    + (status.isOpenForChange() ? "it was never accepted by the payer, so fix it and send it again"
                    : "only a claim the payer accepted, paid or denied is replaced or voided"));
        }
        ClaimLinks links = database.claims().links(claimId);
        String payerNumber = links.payerClaimNumber().or(() -> database.remittances().forClaim(claimId).stream()
                        .map(posted -> posted.payment().payerClaimNumber()).flatMap(Optional::stream).reduce((a, b) -> b))
                .orElseThrow(() -> new WorkspaceException.Conflict("claim " + claimId + ": the payer's claim number is"
                        + " not known yet (a 277CA REF*1K or the 835 tells it); a correction names it in REF*F8"));
        database.claims().notePayerClaimNumber(claimId, payerNumber);
        ClaimRecord was = original.value();
        ClaimDraft draft;
        String practiceFacts;
        if (kind == ClaimFrequency.VOID) {
            draft = ClaimJson.readDraft(was.body());
            practiceFacts = database.claims().practiceFacts(claimId).orElseGet(() -> facts.write(practice.practice(),
                    Set.of(was.payerId()), practice.fees()));
        } else {
            StoredVisit visit = visits.find(actor, was.visitId());
            draft = visit.claim();
            practiceFacts = facts.write(packet(visit, purposeOf(visit)).practice(), Set.of(was.payerId()), practice.fees());
        }
        long errors = kind == ClaimFrequency.VOID ? 0
                : draft.findings().stream().filter(finding -> finding.severity() == Severity.ERROR).count();
        String control = correctionNumber(was.patientControlNumber(), kind);
        ClaimRecord correction = new ClaimRecord(was.visitId(), was.patientId(), was.payerId(), was.dateOfService(),
                ClaimStatus.DRAFT, control, kind == ClaimFrequency.VOID ? was.totalCharge() : draft.totalCharge(),
                draft.ruleDataVersion(), kind == ClaimFrequency.VOID ? was.body() : ClaimJson.write(draft));
        Stored<ClaimRecord> made = database.claims().createCorrection(correction, practiceFacts, original, kind, why,
                        firstSteps(draft, errors), note(actor, "create", kind.id() + " of claim " + claimId))
                .orElseThrow(() -> new WorkspaceException.Conflict("claim", claimId, original.version() + 1));
        return new ClaimView(made, database.claims().history(made.id()));
    }

    /** The correction's own control number: the original's with R (replacement) or V (void), counted if used. */
    private String correctionNumber(String original, ClaimFrequency kind) {
        String mark = kind == ClaimFrequency.VOID ? "V" : "R";
        String candidate = original + mark;
        for (int n = 2; database.claims().findByControlNumber(candidate).isPresent(); n++) {
            candidate = original + mark + n;
        }
        return candidate;
    }

    /** Why a claim does not change once the payer has it, and how to correct it. */
    static String frozen(long claimId, ClaimRecord claim) {
        String status = claim.status().words();
        return "claim " + claimId + " (control number " + claim.patientControlNumber() + ") was sent and is " + status
                + "; a sent claim never changes"
                + (claim.status().isCorrectable() ? ": correct it with a replacement claim (POST /api/v1/claims/"
                + claimId + "/corrections {\"kind\": \"replacement\", \"reason\": \"...\"}) or the Correct button on"
                + " the claim page" : "");
    }

    public List<Stored<ClaimRecord>> list(Actor actor, ClaimFilter filter) {
        ClaimFilter visible = actor.isTherapist() ? filter.ofTherapist(actor.providerId().orElse(-1L)) : filter;
        List<Stored<ClaimRecord>> claims = database.claims().list(visible);
        audit.list(actor, "claim", claims.size() + " claim(s)");
        return claims;
    }

    /** How many of the claims the actor may see stand in each status, and what they charge: no patient named. */
    public List<ClaimStore.StatusCount> countByStatus(Actor actor) {
        return database.claims().countByStatus(actor.isTherapist()
                ? Optional.of(actor.providerId().orElse(-1L)) : Optional.empty());
    }

    /** The claims of one patient the actor may see. */
    public List<Stored<ClaimRecord>> forPatient(Actor actor, long patientId) {
        patients.visible(actor, patientId);
        List<Stored<ClaimRecord>> claims = database.claims().forPatient(patientId);
        audit.list(actor, "claim", claims.size() + " claim(s) of patient " + patientId);
        return claims;
    }

    public ClaimView get(Actor actor, long claimId) {
        Stored<ClaimRecord> claim = visible(actor, claimId);
        audit.read(actor, "claim", claimId);
        return new ClaimView(claim, database.claims().history(claimId));
    }

    /** Moves the claim if nobody changed it since {@code expectedVersion}; the lifecycle decides what is allowed. */
    public ClaimView move(Actor actor, long claimId, int expectedVersion, ClaimStatus target, Optional<String> note) {
        visible(actor, claimId);
        if (target.isBillingMove() && actor.isTherapist()) {
            throw new WorkspaceException.Forbidden("a therapist's work on a claim ends when it is ready; billing staff"
                    + " send it and record what the payer did");
        }
        if (target == ClaimStatus.CORRECTED || target == ClaimStatus.VOIDED) {
            throw new InputException("claim " + claimId, List.of(new InputProblem("$.status", "a claim is "
                    + target.words() + " by the claim that corrects it: POST /api/v1/claims/" + claimId
                    + "/corrections {\"kind\": \"replacement\" or \"void\", \"reason\": ...}")));
        }
        if (ManualMoves.needsReason(target) && note.filter(text -> !text.isBlank()).isEmpty()) {
            throw new InputException("claim " + claimId, List.of(new InputProblem("$.note", "say why: a claim becomes "
                    + target.words() + " from a file (" + ManualMoves.fileFor(target) + "); moving it by hand is"
                    + " recorded with your reason")));
        }
        Stored<ClaimRecord> claim = moved(database.claims().move(claimId, expectedVersion, target, actor.username(), note));
        audit.update(actor, "claim", claimId, "status " + target.name().toLowerCase(java.util.Locale.ROOT));
        return new ClaimView(claim, database.claims().history(claimId));
    }

    /**
     * The claim's 837P. A claim that was sent gives back exactly the bytes it was sent as, whatever changed since;
     * one not sent yet is written now from its stored record.
     */
    public byte[] edi(Actor actor, long claimId) {
        Stored<ClaimRecord> claim = visible(actor, claimId);
        if (claim.value().status().wasSent()) {
            Optional<byte[]> sent = database.submissions().lastSent(claimId);
            if (sent.isPresent()) {
                audit.record(actor, "download", "claim", Optional.of(claimId), Optional.of("837P as sent"));
                return sent.get();
            }
        }
        return document(actor, claimId, "837P", Purpose.INSURANCE_CLAIM, files::edi);
    }

    public byte[] cms1500(Actor actor, long claimId) {
        return document(actor, claimId, "CMS-1500", Purpose.INSURANCE_CLAIM, files::cms1500);
    }

    public byte[] superbill(Actor actor, long claimId) {
        return document(actor, claimId, "superbill", Purpose.PATIENT_PAPERS, files::superbill);
    }

    /**
     * Renders a document from the claim's stored record: the lines it was scrubbed with, the practice as it was made
     * with, and the patient as the workspace keeps them.
     */
    private byte[] document(Actor actor, long claimId, String what, Purpose purpose,
                            java.util.function.Function<ClaimPacket, byte[]> render) {
        Stored<ClaimRecord> claim = visible(actor, claimId);
        byte[] bytes = render.apply(packetOf(actor, claim, purpose, what));
        audit.record(actor, "download", "claim", Optional.of(claimId), Optional.of(what));
        return bytes;
    }

    /**
     * The packet a claim is sent as: its stored record (what was scrubbed and reviewed, not a scrub of today), the
     * practice as the claim was made, the patient's second policy or the primary's decision, and, for a correction,
     * the claim it replaces or voids.
     */
    ClaimPacket sendable(Actor actor, Stored<ClaimRecord> claim) {
        return packetOf(actor, claim, Purpose.INSURANCE_CLAIM, "837P");
    }

    private ClaimPacket packetOf(Actor actor, Stored<ClaimRecord> claim, Purpose purpose, String what) {
        long claimId = claim.id();
        Optional<PracticeFile> madeWithFile = facts.file(claimId, database.claims().practiceFacts(claimId));
        StoredVisit visit = visits.asClaimed(actor, claim.value().visitId(), madeWithFile,
                ClaimJson.readDraft(claim.value().body()));
        if (purpose == Purpose.INSURANCE_CLAIM && purposeOf(visit) == Purpose.PATIENT_PAPERS) {
            throw new InputException("claim " + claimId, List.of(new InputProblem("payer",
                    "self-pay: there is no " + what + " to send; the superbill is the patient's receipt")));
        }
        Practice madeWith = madeWithFile.map(PracticeFile::practice).orElseGet(practice::practice);
        ClaimPacket packet = packet(visit, purpose, madeWith);
        if (purpose != Purpose.INSURANCE_CLAIM) {
            return packet;
        }
        PatientRecord patient = patients.visible(actor, claim.value().patientId()).value();
        Optional<Long> primaryId = database.claims().primaryOf(claimId);
        ClaimPacket billed = primaryId.isPresent()
                ? secondary.packet(packet, patient,
                        SecondaryPackets.primaryDecision(database.remittances().forClaim(primaryId.get())), packet.practice())
                : secondary.withSecondPolicy(packet, patient, packet.practice());
        ClaimLinks links = database.claims().links(claimId);
        return links.frequency().corrects()
                ? billed.correcting(new Correction(links.frequency(), correctedNumber(links)), claim.value().patientControlNumber())
                : billed;
    }

    /** The payer's number of the claim a correction corrects, kept on the original when it was made. */
    private String correctedNumber(ClaimLinks links) {
        long original = links.corrects().orElseThrow();
        return database.claims().links(original).payerClaimNumber().orElseThrow(() -> new IllegalStateException(
                "claim " + original + " was corrected without the payer's claim number"));
    }

    /** The patient's papers (superbill, receipt) of each claim, from its visit as stored; not audited here. */
    List<ClaimPacket> patientPapers(Actor actor, List<Stored<ClaimRecord>> claims) {
        return claims.stream().map(claim -> packet(visits.find(actor, claim.value().visitId()), Purpose.PATIENT_PAPERS)).toList();
    }

    private ClaimPacket packet(StoredVisit visit, Purpose purpose) {
        return packet(visit, purpose, practice.practice());
    }

    private ClaimPacket packet(StoredVisit visit, Purpose purpose, Practice madeWith) {
        PacketAssembly assembly = new ClaimPacketAssembler(madeWith).assemble(visit.visit(), visit.claim(), purpose);
        if (assembly instanceof PacketAssembly.Incomplete incomplete) {
            throw new InputException("visit " + visit.id(), incomplete.missing().stream()
                    .map(missing -> new InputProblem("claim", missing)).toList());
        }
        return ((PacketAssembly.Assembled) assembly).packet();
    }

    private static Purpose purposeOf(StoredVisit visit) {
        return isSelfPay(visit.visit().payer()) ? Purpose.PATIENT_PAPERS : Purpose.INSURANCE_CLAIM;
    }

    /** A self-pay client gets a superbill; there is no 837 or CMS-1500 to send anyone. */
    public static boolean isSelfPay(Payer payer) {
        return payer.selfPay();
    }

    /** The id of the claim with this patient control number (CLM01), if the actor may see it. */
    public long idOfControlNumber(Actor actor, String controlNumber) {
        Stored<ClaimRecord> claim = database.claims().findByControlNumber(controlNumber.trim())
                .orElseThrow(() -> new InputException("claim", List.of(new InputProblem("controlNumber",
                        "no claim has patient control number \"" + controlNumber.trim() + "\""))));
        patients.visible(actor, claim.value().patientId());
        return claim.id();
    }

    /** The payer directory entry as the claim was made with it (its contract prices, its payer id). */
    Optional<PayerAccount> payerMadeWith(Stored<ClaimRecord> claim) {
        Practice madeWith = facts.file(claim.id(), database.claims().practiceFacts(claim.id()))
                .map(PracticeFile::practice).orElseGet(practice::practice);
        return madeWith.payer(claim.value().payerId());
    }

    /** The stored claim, if the actor may see its patient; not audited (the caller audits what it does with it). */
    Stored<ClaimRecord> visibleClaim(Actor actor, long claimId) {
        return visible(actor, claimId);
    }

    private Stored<ClaimRecord> visible(Actor actor, long claimId) {
        Stored<ClaimRecord> claim = database.claims().find(claimId)
                .orElseThrow(() -> new WorkspaceException.NotFound("claim", claimId));
        patients.visible(actor, claim.value().patientId());
        return claim;
    }

    private static Stored<ClaimRecord> moved(Transition transition) {
        if (transition instanceof Transition.Moved moved) {
            return moved.claim();
        }
        if (transition instanceof Transition.Conflict conflict) {
            throw new WorkspaceException.Conflict("claim", conflict.current().id(), conflict.current().version());
        }
        if (transition instanceof Transition.NotAllowed notAllowed) {
            throw new InputException("claim", List.of(new InputProblem("$.status", "a " + name(notAllowed.from())
                    + " claim cannot become " + name(notAllowed.to()))));
        }
        throw new WorkspaceException.NotFound("claim", ((Transition.NotFound) transition).id());
    }

    private static String name(ClaimStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT);
    }
}

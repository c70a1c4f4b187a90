package dev.cleanclaim.app.workspace;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.app.contract.PracticeFile;
import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.payer.PayerLookup;
import dev.cleanclaim.core.practice.PayerAccount;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.submission.ClaimPacket;
import dev.cleanclaim.forms.Cms1500Pdf;
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
import dev.cleanclaim.store.ClaimSummary;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.MadeWith;
import dev.cleanclaim.store.PatientRecord;
import dev.cleanclaim.store.PostedPayment;
import dev.cleanclaim.store.StatusStep;
import dev.cleanclaim.store.Stored;
import dev.cleanclaim.store.Transition;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Claims made from stored visits: created scrubbed (and ready when the scrub found no errors), listed and filtered,
 * moved through their lifecycle, and rendered as 837P, CMS-1500 and superbill.
 */
public final class Claims {

    /** Why a therapist is refused correcting a claim: the payer has it; the therapist fixes the visit. */
    public static final String CORRECTING_IS_BILLING_WORK = "billing staff correct claims the payer has; a therapist"
            + " fixes the visit";


    private final Database database;
    private final Visits visits;
    private final Patients patients;
    private final ClaimFiles files;
    private final AuditTrail audit;
    private final PracticeRef practice;
    private final SecondaryPackets secondary;
    private final ClaimFacts facts;
    private final WorkspacePayers payers;
    private final PatientFacts patientFacts;

    Claims(Database database, PracticeRef practice, Visits visits, Patients patients, ClaimFiles files, AuditTrail audit,
           SecondaryPackets secondary, ClaimFacts facts, PatientFacts patientFacts, WorkspacePayers payers) {
        this.database = database;
        this.payers = payers;
        this.patientFacts = patientFacts;
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
        Stored<ClaimRecord> created = claims.create(new ClaimRecord(visitId, visit.record().value().patientId(),
                ClaimStatus.DRAFT, packet.patientControlNumber(), claim), madeWith(packet, claim.payerId(), patient),
                firstSteps(claim), visit.referral().map(Stored::id), note(actor, "create", "claim of visit " + visitId));
        return view(created);
    }

    /**
     * What a claim billing {@code payerId} for this patient is made with: the practice as the packet has it (its
     * directory entries for that payer and the patient's second policy, the fees) and the patient as billed.
     */
    private MadeWith madeWith(ClaimPacket packet, String payerId, PatientRecord patient) {
        Set<String> payerIds = new LinkedHashSet<>();
        payerIds.add(payerId);
        patient.secondary().ifPresent(second -> payerIds.add(second.payerId()));
        return madeWith(facts.write(packet.practice(), payerIds, practice.fees()), patient);
    }

    /** The practice facts with the patient as the claim bills them. */
    private MadeWith madeWith(String practiceFacts, PatientRecord patient) {
        return new MadeWith(practiceFacts, Optional.of(patientFacts.write(patient)));
    }

    /** Scrubbed with the rule data it names, then ready when the scrub found no error. */
    private static List<StatusStep> firstSteps(ClaimDraft claim) {
        return firstSteps(claim.ruleDataVersion(), claim.errorCount());
    }

    private static List<StatusStep> firstSteps(String ruleDataVersion, long errors) {
        StatusStep scrubbed = new StatusStep(ClaimStatus.SCRUBBED, "scrubbed with " + ruleDataVersion + ": " + errors
                + " error(s)");
        return errors > 0 ? List.of(scrubbed) : List.of(scrubbed, new StatusStep(ClaimStatus.READY, "no error findings"));
    }

    /** The claim with its history and its links, as shown. */
    private ClaimView view(Stored<ClaimRecord> claim) {
        return new ClaimView(claim, database.claims().history(claim.id()), database.claims().links(claim.id()));
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
        String note = "secondary to claim " + record.patientControlNumber() + ": " + decision.payerName() + " paid $"
                + decision.payment().paid() + " (its claim " + decision.payment().payerClaimNumber().orElse("?") + ")";
        StatusStep scrubbed = new StatusStep(ClaimStatus.SCRUBBED, note);
        Stored<ClaimRecord> created = claims.createSecondary(new ClaimRecord(record.visitId(), record.patientId(),
                        SecondaryPackets.secondCoverage(patient).payerId(), ClaimStatus.DRAFT, packet.patientControlNumber(),
                        record.totalCharge(), record.draft()), primaryClaimId,
                madeWith(packet, record.payerId(), patient),
                record.draft().hasErrors() ? List.of(scrubbed)
                        : List.of(scrubbed, new StatusStep(ClaimStatus.READY, "no error findings")),
                note(actor, "create", "secondary claim of claim " + primaryClaimId));
        return view(created);
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
        ClaimStatus next = draft.hasErrors() ? ClaimStatus.SCRUBBED : ClaimStatus.READY;
        ClaimRecord revised = new ClaimRecord(claim.value().visitId(), claim.value().patientId(), next,
                claim.value().patientControlNumber(), draft);
        dev.cleanclaim.store.Update<ClaimRecord> update = database.claims().revise(claimId, expectedVersion, revised,
                madeWith(packet, draft.payerId(), patient), note(actor, "update", "re-scrubbed"),
                "re-scrubbed " + (status == ClaimStatus.REJECTED ? "after its rejection " : "") + "with "
                        + draft.ruleDataVersion() + ": " + draft.errorCount() + " error(s)");
        if (update instanceof dev.cleanclaim.store.Update.Conflict<ClaimRecord> conflict) {
            throw new WorkspaceException.Conflict("claim", claimId, conflict.current().version());
        }
        if (!(update instanceof dev.cleanclaim.store.Update.Saved<ClaimRecord> saved)) {
            throw new WorkspaceException.NotFound("claim", claimId);
        }
        return view(saved.stored());
    }

    /**
     * Corrects a claim the payer has by a new claim: a replacement (frequency 7) billing the visit as it is now, or a
     * void (8) taking the claim back. The new claim names the payer's number of the original (REF*F8); the original
     * becomes corrected or voided, both with the reason, in one transaction.
     */
    public ClaimView correct(Actor actor, long claimId, int expectedVersion, ClaimFrequency kind, String reason) {
        return correct(actor, claimId, OptionalInt.of(expectedVersion), kind, reason);
    }

    /**
     * @param expectedVersion the version of the claim corrected that the biller read; empty: the claim as it stands
     *                        (the correction still fails if it changes while the correction is made)
     */
    public ClaimView correct(Actor actor, long claimId, OptionalInt expectedVersion, ClaimFrequency kind, String reason) {
        Stored<ClaimRecord> original = visible(actor, claimId);
        actor.requireBillingStaff(CORRECTING_IS_BILLING_WORK);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 400) {
            throw new InputException("correction", List.of(new InputProblem("$.reason", why.isEmpty()
                    ? "missing; say why the claim is " + (kind == ClaimFrequency.VOID ? "voided" : "replaced")
                    : "at most 400 characters")));
        }
        if (original.version() != expectedVersion.orElse(original.version())) {
            throw new WorkspaceException.Conflict("claim", claimId, original.version());
        }
        ClaimStatus status = original.value().status();
        if (selfPay(original)) {
            throw new WorkspaceException.Conflict("claim " + claimId + " is self-pay: its superbill is the patient's"
                    + " receipt and no payer holds it to correct; record a refund or a new charge on the patient's account");
        }
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
        ClaimRecord was = original.value();
        ClaimDraft draft;
        MadeWith madeWith;
        if (kind == ClaimFrequency.VOID) {
            // a void takes back what was sent: the same lines, practice and patient
            draft = was.draft();
            madeWith = new MadeWith(database.claims().practiceFacts(claimId).orElseGet(() -> facts.write(
                    practice.practice(), Set.of(was.payerId()), practice.fees())),
                    database.claims().patientFacts(claimId).or(() -> Optional.of(patientFacts.write(
                            patients.visible(actor, was.patientId()).value()))));
        } else {
            StoredVisit visit = visits.find(actor, was.visitId());
            draft = visit.claim();
            madeWith = madeWith(packet(visit, purposeOf(visit)), was.payerId(),
                    patients.visible(actor, was.patientId()).value());
        }
        // A void sends back what the payer has, whatever today's rules would find in it.
        long errors = kind == ClaimFrequency.VOID ? 0 : draft.errorCount();
        String control = correctionNumber(was.patientControlNumber(), kind);
        ClaimRecord correction = new ClaimRecord(was.visitId(), was.patientId(), was.payerId(), ClaimStatus.DRAFT, control,
                kind == ClaimFrequency.VOID ? was.totalCharge() : draft.totalCharge(), draft);
        Stored<ClaimRecord> made = database.claims().createCorrection(correction, madeWith, original,
                        new Correction(kind, payerNumber), why, firstSteps(draft.ruleDataVersion(), errors),
                        note(actor, "create", kind.id() + " of claim " + claimId))
                .orElseThrow(() -> new WorkspaceException.Conflict("claim", claimId, original.version() + 1));
        return view(made);
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

    /** One page of the claims the filter picks among those the actor may see. */
    public List<Stored<ClaimSummary>> list(Actor actor, ClaimFilter filter) {
        List<Stored<ClaimSummary>> claims = database.claims().list(visible(actor, filter));
        audit.shown(actor, "claim", claims.stream().map(Stored::id).toList(), "in a list of " + claims.size() + " claim(s)");
        return claims;
    }

    /** How many claims the filter picks among those the actor may see, on all pages; no claim is read, so not audited. */
    public long count(Actor actor, ClaimFilter filter) {
        return database.claims().count(visible(actor, filter));
    }

    private static ClaimFilter visible(Actor actor, ClaimFilter filter) {
        return actor.isTherapist() ? filter.ofTherapist(actor.providerId().orElse(-1L)) : filter;
    }

    /** How many of the claims the actor may see stand in each status, and what they charge: no patient named. */
    /** The insurance claims by status: a self-pay visit's receipt is the client's charge, not insurance work. */
    public List<ClaimStore.StatusCount> countByStatus(Actor actor) {
        PayerLookup directory = payers.current();
        Set<String> selfPay = directory.ids().stream()
                .filter(id -> directory.find(id).filter(Claims::isSelfPay).isPresent())
                .collect(java.util.stream.Collectors.toSet());
        return database.claims().countByStatus(actor.isTherapist()
                ? Optional.of(actor.providerId().orElse(-1L)) : Optional.empty(), selfPay);
    }

    /** The claims of one patient the actor may see. */
    public List<Stored<ClaimRecord>> forPatient(Actor actor, long patientId) {
        patients.visible(actor, patientId);
        List<Stored<ClaimRecord>> claims = database.claims().forPatient(patientId);
        audit.shown(actor, "claim", claims.stream().map(Stored::id).toList(), "in the " + claims.size()
                + " claim(s) of patient " + patientId);
        return claims;
    }

    public ClaimView get(Actor actor, long claimId) {
        Stored<ClaimRecord> claim = visible(actor, claimId);
        audit.read(actor, "claim", claimId);
        return view(claim);
    }

    /** Moves the claim if nobody changed it since {@code expectedVersion}; the lifecycle decides what is allowed. */
    public ClaimView move(Actor actor, long claimId, int expectedVersion, ClaimStatus target, Optional<String> note) {
        return move(actor, claimId, expectedVersion, target, note, Optional.empty());
    }

    /**
     * Moves the claim as {@link #move(Actor, long, int, ClaimStatus, Optional)} does; a claim with error findings
     * goes to ready or on to the payer only with a stated {@code reason}, which its history keeps with the move.
     */
    public ClaimView move(Actor actor, long claimId, int expectedVersion, ClaimStatus target, Optional<String> note,
                          Optional<String> reason) {
        Stored<ClaimRecord> current = visible(actor, claimId);
        if (target.isBillingMove()) {
            actor.requireBillingStaff("a therapist's work on a claim ends when it is ready; billing staff send it and"
                    + " record what the payer did");
        }
        if (target == ClaimStatus.CORRECTED || target == ClaimStatus.VOIDED) {
            throw new InputException("claim " + claimId, List.of(new InputProblem("$.status", "a claim is "
                    + target.words() + " by the claim that corrects it: POST /api/v1/claims/" + claimId
                    + "/corrections {\"kind\": \"replacement\" or \"void\", \"reason\": ...}")));
        }
        if (target.isBillingMove() && target != ClaimStatus.CLOSED && selfPay(current)) {
            throw new InputException("claim " + claimId, List.of(new InputProblem("$.status", "a self-pay claim is the"
                    + " patient's receipt and never enters the insurance flow; it is ready, or closed")));
        }
        if (target == ClaimStatus.SUBMITTED && current.value().status().wasSent()) {
            // Only the payer's reversal (835 CLP02 22) reopens a decided claim; a person corrects or appeals it.
            throw new InputException("claim " + claimId, List.of(new InputProblem("$.status", "a "
                    + current.value().status().words() + " claim is not sent again as it was: appeal it, or correct it"
                    + " with a replacement claim (POST /api/v1/claims/" + claimId + "/corrections)")));
        }
        if (ManualMoves.needsReason(target) && note.filter(text -> !text.isBlank()).isEmpty()) {
            throw new InputException("claim " + claimId, List.of(new InputProblem("$.note", "say why: a claim becomes "
                    + target.words() + " from a file (" + ManualMoves.fileFor(target) + "); moving it by hand is"
                    + " recorded with your reason")));
        }
        Optional<String> kept = current.value().status().canMoveTo(target)
                ? ForwardPastErrors.historyNote(claimId, current.value(), target, note, reason) : note;
        Stored<ClaimRecord> claim = moved(database.claims().move(claimId, expectedVersion, target, kept,
                note(actor, "update", "status " + target.id())));
        return view(claim);
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

    /** The claim on the whole drawn CMS-1500, for records and email. */
    public byte[] cms1500(Actor actor, long claimId) {
        return cms1500(actor, claimId, Cms1500Pdf.Mode.FULL_FORM);
    }

    /**
     * The claim on the CMS-1500: the whole form drawn, or its data only for the pre-printed red OCR form Medicare
     * requires on paper. The audit row names which, so a printed red form can be told from a copy for the records.
     */
    public byte[] cms1500(Actor actor, long claimId, Cms1500Pdf.Mode mode) {
        String what = mode == Cms1500Pdf.Mode.RED_FORM ? "CMS-1500 red form" : "CMS-1500";
        return document(actor, claimId, what, Purpose.INSURANCE_CLAIM, packet -> files.cms1500(packet, mode));
    }

    public byte[] superbill(Actor actor, long claimId) {
        return document(actor, claimId, "superbill", Purpose.PATIENT_PAPERS, files::superbill);
    }

    /**
     * Renders a document from the claim's stored record: the lines it was scrubbed with, the practice as it was made
     * with, and the patient as a sent claim billed them (as the workspace keeps them for a claim not sent yet).
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
    ClaimPacket sendable(Actor actor, Stored<ClaimRecord> claim, ClaimSources sources) {
        return packetOf(actor, claim, Purpose.INSURANCE_CLAIM, "837P", sources);
    }

    /** What these claims are sent with, read for all of them at once: {@link #sendable} then asks no more of the store. */
    ClaimSources readAhead(List<Stored<ClaimRecord>> claims) {
        return SendingReads.of(database, claims);
    }

    private ClaimPacket packetOf(Actor actor, Stored<ClaimRecord> claim, Purpose purpose, String what) {
        return packetOf(actor, claim, purpose, what, ClaimSources.of(database));
    }

    private ClaimPacket packetOf(Actor actor, Stored<ClaimRecord> claim, Purpose purpose, String what,
                                 ClaimSources sources) {
        long claimId = claim.id();
        Optional<PracticeFile> madeWithFile = facts.file(claimId, sources.practiceFacts(claimId));
        UnaryOperator<Stored<PatientRecord>> billed = claim.value().status().wasSent()
                ? now -> patientFacts.asBilled(claimId, sources.patientFacts(claimId), now)
                : UnaryOperator.identity();
        StoredVisit visit = visits.asClaimed(actor, claim.value().visitId(), madeWithFile, claim.value().draft(), billed,
                sources);
        if (purpose == Purpose.INSURANCE_CLAIM && purposeOf(visit) == Purpose.PATIENT_PAPERS) {
            throw new InputException("claim " + claimId, List.of(new InputProblem("payer",
                    "self-pay: there is no " + what + " to send; the superbill is the patient's receipt")));
        }
        if (purpose == Purpose.INSURANCE_CLAIM && !claim.value().status().wasSent()) {
            requireScrubbedAsIs(claimId, visit, claim.value());
        }
        Practice madeWith = madeWithFile.map(PracticeFile::practice).orElseGet(practice::practice);
        ClaimPacket packet = packet(visit, purpose, madeWith);
        if (purpose != Purpose.INSURANCE_CLAIM) {
            return packet.numbered(claim.value().patientControlNumber());
        }
        long patientId = claim.value().patientId();
        PatientRecord patient = billed.apply(patients.visible(actor, patientId, sources.patient(patientId))).value();
        Optional<Long> primaryId = sources.primaryOf(claimId);
        ClaimPacket toPayer = primaryId.isPresent()
                ? secondary.packet(packet, patient,
                        SecondaryPackets.primaryDecision(database.remittances().forClaim(primaryId.get())), packet.practice())
                : secondary.withSecondPolicy(packet, patient, packet.practice());
        ClaimLinks links = sources.links(claimId);
        return links.frequency().corrects()
                ? toPayer.correcting(new Correction(links.frequency(), correctedNumber(links)), claim.value().patientControlNumber())
                : toPayer.numbered(claim.value().patientControlNumber());
    }

    /**
     * A claim is sent as it was scrubbed: a visit whose payer or date changed since (its claim still open) must be
     * scrubbed again first, or the lines sent would not be the visit's.
     */
    private static void requireScrubbedAsIs(long claimId, StoredVisit visit, ClaimRecord claim) {
        ClaimDraft scrubbed = claim.draft();
        List<InputProblem> changed = new ArrayList<>();
        if (!visit.visit().payer().id().equals(scrubbed.payerId())) {
            changed.add(new InputProblem("payer", "the visit now names " + visit.visit().payer().id() + ", the claim was"
                    + " scrubbed for " + scrubbed.payerId()));
        }
        if (!visit.visit().dateOfService().equals(scrubbed.dateOfService())) {
            changed.add(new InputProblem("dateOfService", "the visit is now on " + visit.visit().dateOfService()
                    + ", the claim was scrubbed for " + scrubbed.dateOfService()));
        }
        if (!changed.isEmpty()) {
            List<InputProblem> problems = new ArrayList<>(changed);
            problems.add(new InputProblem("claim", "scrub claim " + claimId + " again (Scrub again on its page, POST"
                    + " /api/v1/claims/" + claimId + "/rescrub) before it is sent"));
            throw new InputException("claim " + claimId, problems);
        }
    }

    /** The payer's number of the claim a correction corrects, as the correction was made with it. */
    private static String correctedNumber(ClaimLinks links) {
        return links.correctedPayerClaimNumber().orElseThrow(() -> new IllegalStateException(
                "claim " + links.corrects().orElseThrow() + " was corrected without the payer's claim number"));
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


    /** Whether the claim bills no payer (a self-pay visit's receipt). */
    private boolean selfPay(Stored<ClaimRecord> claim) {
        return payers.current().find(claim.value().payerId()).map(Claims::isSelfPay).orElse(false);
    }

    /** A self-pay client gets a superbill; there is no 837 or CMS-1500 to send anyone. */
    public static boolean isSelfPay(Payer payer) {
        return payer.selfPay();
    }

    /**
     * The claim of a visit moved to self-pay, withdrawn from its plan before it was sent: a new version, scrubbed as
     * the client's receipt ({@code moved} is the visit with its new payer, not stored yet), under its own control
     * number, made with the practice and the client as they are now. The caller stores it with the move.
     */
    dev.cleanclaim.store.SelfPayMoveStore.Withdrawal withdrawal(Actor actor, StoredVisit moved, Stored<ClaimRecord> claim,
                                                                String note) {
        ClaimDraft draft = moved.claim();
        ClaimPacket packet = packet(moved, Purpose.PATIENT_PAPERS);
        PatientRecord patient = patients.visible(actor, claim.value().patientId()).value();
        ClaimStatus next = draft.hasErrors() ? ClaimStatus.SCRUBBED : ClaimStatus.READY;
        return new dev.cleanclaim.store.SelfPayMoveStore.Withdrawal(claim.id(), claim.version(),
                new ClaimRecord(claim.value().visitId(), claim.value().patientId(), next,
                        claim.value().patientControlNumber(), draft),
                madeWith(packet, draft.payerId(), patient), note);
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

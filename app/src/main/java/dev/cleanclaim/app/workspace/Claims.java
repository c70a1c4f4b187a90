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
import dev.cleanclaim.store.ClaimFilter;
import dev.cleanclaim.store.ClaimRecord;
import dev.cleanclaim.store.ClaimStore;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.PatientRecord;
import dev.cleanclaim.store.PostedPayment;
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
        Stored<ClaimRecord> created = claims.create(new ClaimRecord(visitId, visit.record().value().patientId(),
                claim.payerId(), claim.dateOfService(), ClaimStatus.DRAFT, packet.patientControlNumber(),
                claim.totalCharge(), claim.ruleDataVersion(), ClaimJson.write(claim)),
                facts.write(packet.practice(), payerIds, practice.fees()), actor.username());
        long errors = claim.findings().stream().filter(finding -> finding.severity() == Severity.ERROR).count();
        Stored<ClaimRecord> scrubbed = moved(claims.move(created.id(), created.version(), ClaimStatus.SCRUBBED,
                actor.username(), Optional.of("scrubbed with " + claim.ruleDataVersion() + ": " + errors + " error(s)")));
        if (errors == 0) {
            scrubbed = moved(claims.move(scrubbed.id(), scrubbed.version(), ClaimStatus.READY, actor.username(),
                    Optional.of("no error findings")));
        }
        visit.referral().ifPresent(referral -> database.referrals().useVisit(referral.id()));
        audit.create(actor, "claim", created.id());
        return new ClaimView(scrubbed, claims.history(created.id()));
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
        Stored<ClaimRecord> claim = moved(database.claims().move(claimId, expectedVersion, target, actor.username(), note));
        audit.update(actor, "claim", claimId, "status " + target.name().toLowerCase(java.util.Locale.ROOT));
        return new ClaimView(claim, database.claims().history(claimId));
    }

    public byte[] edi(Actor actor, long claimId) {
        return document(actor, claimId, "837P", Purpose.INSURANCE_CLAIM, files::edi);
    }

    public byte[] cms1500(Actor actor, long claimId) {
        return document(actor, claimId, "CMS-1500", Purpose.INSURANCE_CLAIM, files::cms1500);
    }

    public byte[] superbill(Actor actor, long claimId) {
        return document(actor, claimId, "superbill", Purpose.PATIENT_PAPERS, files::superbill);
    }

    /**
     * Renders a document from the claim's visit as stored. The packet is assembled again from the visit, the patient
     * and the practice, so a corrected address or member id reaches the next download.
     */
    private byte[] document(Actor actor, long claimId, String what, Purpose purpose,
                            java.util.function.Function<ClaimPacket, byte[]> render) {
        Stored<ClaimRecord> claim = visible(actor, claimId);
        Optional<PracticeFile> madeWithFile = facts.file(claimId, database.claims().practiceFacts(claimId));
        StoredVisit visit = visits.find(actor, claim.value().visitId(), madeWithFile);
        if (purpose == Purpose.INSURANCE_CLAIM && purposeOf(visit) == Purpose.PATIENT_PAPERS) {
            throw new InputException("claim " + claimId, List.of(new InputProblem("payer",
                    "self-pay: there is no " + what + " to send; the superbill is the patient's receipt")));
        }
        Practice madeWith = madeWithFile.map(PracticeFile::practice).orElseGet(practice::practice);
        ClaimPacket packet = packet(visit, purpose, madeWith);
        if (purpose == Purpose.INSURANCE_CLAIM) {
            PatientRecord patient = patients.visible(actor, claim.value().patientId()).value();
            Optional<Long> primaryId = database.claims().primaryOf(claimId);
            packet = primaryId.isPresent()
                    ? secondary.packet(packet, patient,
                            SecondaryPackets.primaryDecision(database.remittances().forClaim(primaryId.get())), packet.practice())
                    : secondary.withSecondPolicy(packet, patient, packet.practice());
        }
        byte[] bytes = render.apply(packet);
        audit.record(actor, "download", "claim", Optional.of(claimId), Optional.of(what));
        return bytes;
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

package dev.cleanclaim.app.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.core.client.FinancialNotice;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.payer.PayerLookup;
import dev.cleanclaim.core.submission.ClaimFrequency;
import dev.cleanclaim.store.ClaimRecord;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.PatientRecord;
import dev.cleanclaim.store.SelfPayMoveStore;
import dev.cleanclaim.store.Stored;
import dev.cleanclaim.store.VisitRecord;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The client's choice to pay themselves when their plan won't: the financial responsibility notice they signed is
 * kept with them, and a visit it covers moves to self-pay without retyping (its coding stays, its payer becomes
 * self-pay). A claim made for the plan and not sent is withdrawn by a new version that bills the client; a claim the
 * plan has is refused, naming it and saying to void it first. No visit moves without a signed notice that covers it.
 */
public final class SelfPayChoice {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The pack every practice has for clients who pay themselves. */
    static final String SELF_PAY_PACK = "self-pay";

    private final Database database;
    private final Patients patients;
    private final Visits visits;
    private final Claims claims;
    private final VisitScrubber scrubber;
    private final Supplier<LocalDate> today;
    private final AuditTrail audit;

    SelfPayChoice(Database database, Patients patients, Visits visits, Claims claims, VisitScrubber scrubber,
                  Supplier<LocalDate> today, AuditTrail audit) {
        this.database = database;
        this.patients = patients;
        this.visits = visits;
        this.claims = claims;
        this.scrubber = scrubber;
        this.today = today;
        this.audit = audit;
    }

    /** The client's signed notices, newest first; audited as a read of the client's data. */
    public List<Stored<FinancialNotice>> notices(Actor actor, long patientId) {
        patients.visible(actor, patientId);
        List<Stored<FinancialNotice>> notices = database.financialNotices().forPatient(patientId);
        audit.shown(actor, "financial-notice", notices.stream().map(Stored::id).toList(),
                "in the " + notices.size() + " financial notice(s) of patient " + patientId);
        return notices;
    }

    /** Keeps a notice the client signed; one naming a visit of another client, or signed after today, is refused. */
    public Stored<FinancialNotice> record(Actor actor, long patientId, FinancialNotice notice) {
        patients.writable(actor, patientId);
        notice.visitId().ifPresent(visitId -> {
            boolean theirs = database.visits().find(visitId).filter(visit -> visit.value().patientId() == patientId)
                    .isPresent();
            if (!theirs) {
                throw new InputException("financial notice", List.of(new InputProblem("$.visitId",
                        "visit " + visitId + " is not one of this client's visits")));
            }
        });
        if (notice.signedOn().isAfter(today.get())) {
            throw new InputException("financial notice", List.of(new InputProblem("$.signedOn",
                    "is after today (" + today.get() + "); record the notice once the client has signed it")));
        }
        return database.financialNotices().create(patientId, notice, AuditTrail.note(actor, "create"));
    }

    /** The visit moved to self-pay, and its claim withdrawn from the plan when one was made and not sent. */
    public record Moved(StoredVisit visit, long noticeId, String fromPayerId, Optional<Stored<ClaimRecord>> claim) {
    }

    /**
     * Moves the visit to self-pay under the signed notice named, or else the newest one on file that covers it.
     */
    public Moved moveToSelfPay(Actor actor, long visitId, Optional<Long> noticeId) {
        StoredVisit visit = visits.find(actor, visitId);
        long patientId = visit.record().value().patientId();
        Stored<PatientRecord> client = patients.writable(actor, patientId);
        String from = visit.record().value().payerId();
        if (visit.visit().payer().selfPay()) {
            throw new WorkspaceException.Conflict("visit " + visitId + " is self-pay already: nothing to move");
        }
        Optional<Stored<ClaimRecord>> open = claimToWithdraw(visitId);
        List<String> billed = visit.claim().lines().stream().map(ClaimLine::code).distinct().toList();
        Stored<FinancialNotice> notice = notice(visit, patientId, billed, noticeId);
        String selfPay = selfPayId(scrubber.termsNow().payers());
        String body = withPayer(visit.record().value().body(), selfPay);
        VisitScrubber.Scrubbed scrubbed = scrubber.scrub("visit " + visitId, body, client,
                database.referrals().forPatient(patientId), OptionalLong.of(visitId));
        VisitRecord moved = new VisitRecord(patientId, visit.record().value().providerId(),
                visit.record().value().dateOfService(), scrubbed.visit().payer().id(), body);
        StoredVisit movedVisit = new StoredVisit(new Stored<>(visitId, visit.record().version() + 1, moved),
                scrubbed.visit(), scrubbed.referral(), scrubbed.claim());
        Optional<SelfPayMoveStore.Withdrawal> withdrawal = open.map(claim -> claims.withdrawal(actor, movedVisit, claim,
                "withdrawn from " + visit.visit().payer().name() + " before it was sent: the client pays"
                        + " (financial responsibility notice " + notice.id() + " signed " + notice.value().signedOn()
                        + " by " + notice.value().signedBy() + "); now the client's receipt"));
        SelfPayMoveStore.Outcome outcome = database.selfPayMoves().move(visitId, visit.record().version(), moved, from,
                notice.id(), withdrawal, AuditTrail.note(actor, "update"));
        if (outcome instanceof SelfPayMoveStore.Outcome.Moved done) {
            return new Moved(new StoredVisit(done.visit(), scrubbed.visit(), scrubbed.referral(), scrubbed.claim()),
                    notice.id(), from, done.claim());
        }
        throw new WorkspaceException.Conflict(((SelfPayMoveStore.Outcome.Changed) outcome).what()
                + " changed since it was read (a claim sent or saved meanwhile); nothing was moved: reload and try again");
    }

    /**
     * The visit's claim that is withdrawn from the plan: the one not sent yet (or rejected, which the plan never took
     * up). A claim the plan holds, a correction still to be sent, or a self-pay receipt refuses the move, by name.
     */
    private Optional<Stored<ClaimRecord>> claimToWithdraw(long visitId) {
        Optional<Stored<ClaimRecord>> open = Optional.empty();
        for (Stored<ClaimRecord> claim : database.claims().forVisit(visitId)) {
            ClaimStatus status = claim.value().status();
            if (status == ClaimStatus.CORRECTED || status == ClaimStatus.VOIDED || status == ClaimStatus.CLOSED) {
                continue;
            }
            ClaimFrequency frequency = database.claims().links(claim.id()).frequency();
            if (frequency == ClaimFrequency.VOID && status.wasSent()) {
                continue; // the void the plan has takes the visit's billing back
            }
            if (frequency != ClaimFrequency.ORIGINAL) {
                throw new WorkspaceException.Conflict("visit " + visitId + " cannot move to self-pay yet: claim "
                        + claim.id() + " (control number " + claim.value().patientControlNumber() + ") corrects an"
                        + " earlier claim and is " + status.words() + "; send it, then void what the plan has (POST"
                        + " /api/v1/claims/" + claim.id() + "/corrections {\"kind\":\"void\",\"reason\":\"...\"})");
            }
            if (status.isOpenForChange()) {
                open = Optional.of(claim);
                continue;
            }
            throw new WorkspaceException.Conflict("visit " + visitId + " cannot move to self-pay: claim " + claim.id()
                    + " (control number " + claim.value().patientControlNumber() + ") was sent to the plan and is "
                    + status.words() + ", and a sent claim never changes. " + voidFirst(claim.id(), status));
        }
        return open;
    }

    private static String voidFirst(long claimId, ClaimStatus status) {
        String request = "POST /api/v1/claims/" + claimId + "/corrections {\"kind\":\"void\",\"reason\":\"...\"}";
        return switch (status) {
            case SUBMITTED -> "Wait for the plan's answer, then void it (" + request + "), then move the visit";
            case APPEALED -> "Wait for the appeal's decision, then void it (" + request + "), then move the visit";
            default -> "Void it first (" + request + ", or Correct on the claim's page), then move the visit";
        };
    }

    private Stored<FinancialNotice> notice(StoredVisit visit, long patientId, List<String> billed,
                                           Optional<Long> named) {
        LocalDate date = visit.record().value().dateOfService();
        List<Stored<FinancialNotice>> onFile = database.financialNotices().forPatient(patientId);
        if (named.isPresent()) {
            Stored<FinancialNotice> notice = onFile.stream().filter(found -> found.id() == named.get()).findFirst()
                    .orElseThrow(() -> new InputException("move to self-pay", List.of(new InputProblem("$.noticeId",
                            "notice " + named.get() + " is not one of this client's signed notices"))));
            if (!notice.value().covers(visit.id(), date, billed)) {
                throw new InputException("move to self-pay", List.of(new InputProblem("$.noticeId", "notice "
                        + notice.id() + " does not cover visit " + visit.id() + " (" + date + ", " + String.join(", ", billed)
                        + "): it covers " + String.join(", ", notice.value().codes()) + " from "
                        + notice.value().coversFrom() + " through " + notice.value().coversThrough()
                        + notice.value().visitId().map(id -> " on visit " + id).orElse(""))));
            }
            return notice;
        }
        return onFile.stream().filter(found -> found.value().covers(visit.id(), date, billed))
                .max(Comparator.comparing((Stored<FinancialNotice> found) -> found.value().signedOn())
                        .thenComparingLong(Stored::id))
                .orElseThrow(() -> new WorkspaceException.Conflict("visit " + visit.id() + " cannot move to self-pay"
                        + " without a signed financial responsibility notice: none on file covers " + date + " and "
                        + String.join(", ", billed) + ". Record the notice the client signed (POST /api/v1/patients/"
                        + patientId + "/financial-notices, or Financial responsibility on the client's page), then move"
                        + " the visit"));
    }

    /** The self-pay payer of the directory: the self-pay pack itself, else the first entry billed as self-pay. */
    static String selfPayId(PayerLookup payers) {
        if (payers.find(SELF_PAY_PACK).filter(Payer::selfPay).isPresent()) {
            return SELF_PAY_PACK;
        }
        return payers.ids().stream().filter(id -> payers.find(id).filter(Payer::selfPay).isPresent()).findFirst()
                .orElseThrow(() -> new WorkspaceException.Conflict("the rule data has no self-pay payer to move the"
                        + " visit to"));
    }

    /** The visit contract as entered, with only its payer changed: the coding stays as it was typed. */
    private static String withPayer(String body, String payerId) {
        try {
            ObjectNode visit = (ObjectNode) JSON.readTree(body);
            visit.put("payer", payerId);
            return JSON.writeValueAsString(visit);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("a stored visit is not a JSON object", e);
        }
    }
}

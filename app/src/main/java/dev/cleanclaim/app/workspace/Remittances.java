package dev.cleanclaim.app.workspace;

import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.remit.DenialExplainer;
import dev.cleanclaim.core.remit.DenialExplanation;
import dev.cleanclaim.core.remit.Remittance;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.payer.PayerLookup;
import dev.cleanclaim.core.practice.PayerAccount;
import dev.cleanclaim.core.remit.ContractCheck;
import dev.cleanclaim.core.remit.ServicePayment;
import dev.cleanclaim.core.remit.Underpayments;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.store.ClaimRecord;
import dev.cleanclaim.store.DeniedLine;
import dev.cleanclaim.store.Page;
import dev.cleanclaim.store.PatientRecord;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.PaymentContent;
import dev.cleanclaim.store.PostedPayment;
import dev.cleanclaim.store.Posting;
import dev.cleanclaim.store.Recorded;
import dev.cleanclaim.store.RemittanceStore;
import dev.cleanclaim.store.RemittanceSummary;
import dev.cleanclaim.store.Stored;
import dev.cleanclaim.x12.Usage;
import dev.cleanclaim.x12.remit.InvalidRemittanceException;
import dev.cleanclaim.x12.remit.Remittance835Reader;
import dev.cleanclaim.x12.remit.RemittanceFile;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Money coming back: 835 remittances imported and posted to claims, the queue of payments that matched none, and
 * each claim's payments with its denials explained. Remittances name many patients at once, so only billers and
 * admins work with them; a therapist sees the payments of their own patients' claims.
 */
public final class Remittances {

    /** Why a therapist is refused remittances. */
    private static final String BILLING_WORK = "remittances name many patients; only billers and admins work with them";


    /** A claim moved by someone else while a remittance was being posted: plan again, a few times at most. */
    private static final int ATTEMPTS = 3;

    private final Database database;
    private final RuleData rules;
    private final PayerLookup payers;
    private final Claims claims;
    private final DenialExplainer explainer;
    private final AuditTrail audit;

    Remittances(Database database, RuleData rules, PayerLookup payers, Claims claims, AuditTrail audit) {
        this.payers = payers;
        this.database = database;
        this.rules = rules;
        this.claims = claims;
        this.explainer = new DenialExplainer(rules.remittance());
        this.audit = audit;
    }

    /**
     * Reads an 835 file and posts every transaction in it. A file that cannot be read is refused whole, naming the
     * segment and element; a test interchange (ISA15 = T) carries no real money and is refused too.
     */
    public RemittanceImport importFile(Actor actor, String fileName, byte[] content) {
        actor.requireBillingStaff(BILLING_WORK);
        RemittanceFile file;
        try {
            file = new Remittance835Reader().read(fileName, new ByteArrayInputStream(content));
        } catch (InvalidRemittanceException e) {
            throw new InputException(fileName, List.of(new InputProblem(e.place(), e.problem())));
        }
        if (file.usage() == Usage.TEST) {
            // `cleanclaim check` shows a test file whole; posting it would put money on claims that was never paid
            throw new InputException(fileName, List.of(new InputProblem("ISA15", "a test file (ISA15 T) with "
                    + file.remittances().size() + " payment(s) of " + file.remittances().stream()
                    .map(Remittance::totalPaid).reduce(Money.ZERO, Money::plus) + " in all: a test file's payments are"
                    + " not real money, so nothing was posted (`cleanclaim check` shows what it holds)")));
        }
        return post(actor, fileName, file.remittances(), file.warnings());
    }

    /**
     * Posts the transactions of one 835 file, every one in one transaction of the store: all of them or none. A
     * payment whose payer and trace number are stored already with the same content (amount, claim payments, provider
     * adjustments) is the same file received again and changes nothing; with other content it is a conflict, and the
     * whole file is refused naming both amounts and when the first came (409; exit 2), never skipped silently.
     *
     * @param readerWarnings what reading the file noticed (an unbalanced payment among them), passed on to the biller
     *                       with the posting's own warnings
     */
    public RemittanceImport post(Actor actor, String fileName, List<Remittance> transactions, List<String> readerWarnings) {
        actor.requireBillingStaff(BILLING_WORK);
        RemittanceStore store = database.remittances();
        for (int attempt = 1; ; attempt++) {
            List<RemittanceImport.Transaction> outcomes = new ArrayList<>();
            List<Remittance> fresh = new ArrayList<>();
            java.util.Map<String, Remittance> inFile = new java.util.HashMap<>();
            for (Remittance remittance : transactions) {
                Optional<RemittanceImport.Transaction> before = seenBefore(fileName, remittance, inFile, store);
                if (before.isPresent()) {
                    outcomes.add(before.get());
                } else {
                    fresh.add(remittance);
                    outcomes.add(null);
                }
            }
            // One planner for the whole file: two payments for one claim (a reversal, then the correction) move it in turn
            PostingPlanner planner = new PostingPlanner(database.claims())
                    .prefetch(fresh.stream().flatMap(remittance -> remittance.claims().stream()).toList());
            List<RemittanceStore.ToRecord> toRecord = new ArrayList<>();
            for (Remittance remittance : fresh) {
                List<Posting> postings = remittance.claims().stream().map(planner::plan).toList();
                long queued = postings.stream().filter(posting -> posting instanceof Posting.Queued).count();
                toRecord.add(new RemittanceStore.ToRecord(remittance, postings, Claims.note(actor, "import",
                        (postings.size() - queued) + " claim payment(s) posted, " + queued + " queued")));
            }
            Recorded recorded = toRecord.isEmpty() ? new Recorded.SavedAll(List.of())
                    : store.recordAll(fileName, actor.username(), toRecord);
            if (recorded instanceof Recorded.SavedAll saved) {
                // Whether a payment balances is the reader's to say (RemittanceChecks, with the figures): it is in the
                // reader's warnings already, so it is not said twice.
                List<String> warnings = new ArrayList<>(readerWarnings);
                warnings.addAll(planner.warnings());
                int next = 0;
                for (int i = 0; i < outcomes.size(); i++) {
                    if (outcomes.get(i) == null) {
                        RemittanceStore.ToRecord written = toRecord.get(next);
                        long queued = written.postings().stream().filter(posting -> posting instanceof Posting.Queued).count();
                        outcomes.set(i, new RemittanceImport.Imported(saved.remittanceIds().get(next),
                                written.remittance().payerName(), written.remittance().traceNumber(),
                                (int) (written.postings().size() - queued), (int) queued));
                        next++;
                    }
                }
                return new RemittanceImport(fileName, outcomes, warnings);
            }
            if (attempt == ATTEMPTS) {
                throw new WorkspaceException.Conflict(recorded instanceof Recorded.Conflict conflict
                        ? "claim " + conflict.claimId() + " kept changing while " + fileName + " was posted; nothing was"
                        + " saved, import the file again"
                        : "another import stored a payment of " + fileName + " meanwhile; nothing was saved, import"
                        + " the file again");
            }
        }
    }

    /**
     * The payment's trace seen before: in the store, or earlier in the same file. The same content is the same
     * payment received again; other content under the same trace is refused, naming both.
     */
    private static Optional<RemittanceImport.Transaction> seenBefore(String fileName, Remittance remittance,
                                                                     java.util.Map<String, Remittance> inFile,
                                                                     RemittanceStore store) {
        String key = remittance.payerId() + "\u0000" + remittance.traceNumber();
        Remittance earlier = inFile.putIfAbsent(key, remittance);
        if (earlier != null) {
            if (!PaymentContent.of(earlier).equals(PaymentContent.of(remittance))) {
                throw new WorkspaceException.Conflict(fileName + ": payment " + remittance.traceNumber() + " of "
                        + remittance.payerName() + " comes twice in the file with different content (" + earlier.totalPaid()
                        + " and " + remittance.totalPaid() + "): a trace number names one payment; nothing was posted,"
                        + " ask the payer which is right");
            }
            return Optional.of(new RemittanceImport.AlreadyImported(0, remittance.payerName(), remittance.traceNumber()));
        }
        Optional<PaymentContent.Stored> stored = store.storedPayment(remittance.payerId(), remittance.traceNumber());
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        PaymentContent before = stored.get().content();
        if (!before.equals(PaymentContent.of(remittance))) {
            throw new WorkspaceException.Conflict(fileName + ": payment " + remittance.traceNumber() + " of "
                    + remittance.payerName() + " (" + remittance.totalPaid() + " for " + remittance.claims().size()
                    + " claim payment(s)) has the trace number of the payment of " + before.totalPaid() + " for "
                    + before.claims().size() + " claim payment(s) imported on " + DAY.format(stored.get().receivedAt())
                    + " from " + stored.get().fileName() + ", with other content: nothing was posted; ask the payer"
                    + " whether it corrects or repeats that payment");
        }
        return Optional.of(new RemittanceImport.AlreadyImported(stored.get().remittanceId(), remittance.payerName(),
                remittance.traceNumber()));
    }

    /** The day an earlier import came, as the refusal names it. */
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ISO_LOCAL_DATE
            .withZone(java.time.ZoneOffset.UTC);

    /** One page of the remittances received, newest first. */
    public Page<RemittanceSummary> list(Actor actor, int page, int limit) {
        actor.requireBillingStaff(BILLING_WORK);
        Page<RemittanceSummary> summaries = database.remittances().summaries(page, limit);
        // a row per remittance shown (each pays patients' claims), so "who saw remittance N" has an answer
        audit.shown(actor, "remittance", summaries.items().stream().map(RemittanceSummary::id).toList(),
                "in a page of " + summaries.items().size() + " of " + summaries.total() + " remittance(s)");
        return summaries;
    }

    public RemittanceDetail get(Actor actor, long remittanceId) {
        actor.requireBillingStaff(BILLING_WORK);
        RemittanceStore store = database.remittances();
        RemittanceSummary summary = store.summary(remittanceId)
                .orElseThrow(() -> new WorkspaceException.NotFound("remittance", remittanceId));
        audit.read(actor, "remittance", remittanceId);
        return new RemittanceDetail(summary, store.payments(remittanceId), store.providerAdjustments(remittanceId));
    }

    /** One page of the payments waiting for a person, oldest first. */
    public Page<PostedPayment> queue(Actor actor, int page, int limit) {
        actor.requireBillingStaff(BILLING_WORK);
        Page<PostedPayment> queue = database.remittances().unmatched(page, limit);
        audit.shown(actor, "claim-payment", queue.items().stream().map(PostedPayment::id).toList(), "in a page of "
                + queue.items().size() + " of " + queue.total() + " unmatched claim payment(s)");
        return queue;
    }

    /**
     * One page of the denials to work: every line a payer paid nothing on for a reason other than the routine
     * write-off and patient share, whatever its claim's status (a denied line inside a paid claim is money to chase).
     */
    public Page<DeniedLine> denialsToWork(Actor actor, int page, int limit) {
        actor.requireBillingStaff(BILLING_WORK);
        Page<DeniedLine> denials = database.remittances().deniedLines(DenialExplainer.routineAdjustments(), page, limit);
        audit.shown(actor, "claim-payment", denials.items().stream().map(DeniedLine::claimPaymentId).toList(),
                "in a page of " + denials.items().size() + " of " + denials.total() + " denial(s) to work");
        return denials;
    }

    /** How many payments wait for a person: a count shows no patient's data, so it is not audited as a read. */
    public int queueSize(Actor actor) {
        actor.requireBillingStaff(BILLING_WORK);
        return database.remittances().unmatchedCount();
    }

    /**
     * Posts a queued payment to the claim a biller chose, when it matches the claim: patient, member id, dates of
     * service, procedure codes and charge. A payment that differs is refused (422), naming each difference, unless the
     * biller states why it is posted anyway; that reason goes into the claim's history and the audit log. The claim's
     * status moves as an import would have moved it; a claim in no state to be paid is refused with the reason, and
     * the payment stays queued.
     */
    public ClaimPayments match(Actor actor, long claimPaymentId, long claimId, Optional<String> overrideReason) {
        actor.requireBillingStaff(BILLING_WORK);
        Optional<String> override = overrideReason.map(String::strip).filter(reason -> !reason.isEmpty());
        if (override.isPresent() && override.get().length() > 300) {
            throw new InputException("claim payment", List.of(new InputProblem("overrideReason", "at most 300 characters")));
        }
        PostedPayment queued = database.remittances().payment(claimPaymentId)
                .orElseThrow(() -> new WorkspaceException.NotFound("claim payment", claimPaymentId));
        if (queued.matched()) {
            throw new WorkspaceException.Conflict("claim payment " + claimPaymentId + " is already posted to claim "
                    + queued.claimId().orElseThrow());
        }
        Stored<ClaimRecord> claim = claims.visibleClaim(actor, claimId);
        List<PaymentComparison.Difference> differences = differences(queued, claim);
        if (!differences.isEmpty() && override.isEmpty()) {
            throw new InputException("claim payment " + claimPaymentId + " against claim " + claim.value().patientControlNumber(),
                    differences.stream().map(PaymentComparison.Difference::problem).toList());
        }
        Posting posting = new PostingPlanner(database.claims()).plan(queued.payment(), claim);
        if (posting instanceof Posting.Queued refused) {
            throw new WorkspaceException.Conflict(refused.reason());
        }
        Optional<String> recorded = differences.isEmpty() ? Optional.empty() : override.map(reason -> recordedOverride(reason, differences));
        Recorded saved = database.remittances().post(claimPaymentId, (Posting.ToClaim) posting, actor.username(), recorded,
                Claims.note(actor, "update", "posted queued claim payment " + claimPaymentId
                        + recorded.map(reason -> " over differences: " + reason).orElse("")));
        if (saved instanceof Recorded.Conflict) {
            throw new WorkspaceException.Conflict("claim " + claimId + " or the payment changed meanwhile; reload and try again");
        }
        return forClaim(actor, claimId);
    }

    /** One claim payment, posted or queued, for billing staff. */
    public PostedPayment payment(Actor actor, long claimPaymentId) {
        actor.requireBillingStaff(BILLING_WORK);
        return database.remittances().payment(claimPaymentId)
                .orElseThrow(() -> new WorkspaceException.NotFound("claim payment", claimPaymentId));
    }

    /** What the queued payment says that the claim does not; nothing when they agree. */
    public List<PaymentComparison.Difference> compare(Actor actor, long claimPaymentId, long claimId) {
        actor.requireBillingStaff(BILLING_WORK);
        PostedPayment queued = database.remittances().payment(claimPaymentId)
                .orElseThrow(() -> new WorkspaceException.NotFound("claim payment", claimPaymentId));
        return differences(queued, claims.visibleClaim(actor, claimId));
    }

    private List<PaymentComparison.Difference> differences(PostedPayment queued, Stored<ClaimRecord> claim) {
        PatientRecord patient = database.patients().find(claim.value().patientId())
                .orElseThrow(() -> new WorkspaceException.NotFound("patient", claim.value().patientId())).value();
        return PaymentComparison.differences(queued.payment(), claim.value(), patient);
    }

    /**
     * Reverses a posted payment, as staff decided (the payer's own reversal, CLP02 = 22, comes in an 835): the
     * payment counts for nothing on its claim, which moves back to submitted when the payment had decided it; a
     * payment posted by hand goes back to the queue. Nothing is deleted: the reversal, who made it and why are kept,
     * in the claim's history and the audit log too.
     */
    /** Widest override the claim payment's column keeps (V7: override_reason VARCHAR(400)). */
    private static final int OVERRIDE_COLUMN = 400;

    /**
     * The biller's reason with the differences it overrides; when the sentences would not fit the column, only the
     * differing fields are named, so a long list of differences never fails the posting.
     */
    private static String recordedOverride(String reason, List<PaymentComparison.Difference> differences) {
        String sentences = reason + " (" + differences.stream()
                .map(difference -> difference.field() + ": " + difference.sentence())
                .collect(java.util.stream.Collectors.joining("; ")) + ")";
        if (sentences.length() <= OVERRIDE_COLUMN) {
            return sentences;
        }
        String fields = reason + " (differs in " + differences.stream().map(PaymentComparison.Difference::field)
                .distinct().collect(java.util.stream.Collectors.joining(", ")) + ")";
        return fields.length() <= OVERRIDE_COLUMN ? fields : reason;
    }

    public ClaimPayments reverse(Actor actor, long claimPaymentId, String reason) {
        actor.requireBillingStaff(BILLING_WORK);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 300) {
            throw new InputException("reversal", List.of(new InputProblem("reason", why.isEmpty()
                    ? "say why the payment is reversed" : "at most 300 characters")));
        }
        PostedPayment posted = database.remittances().payment(claimPaymentId)
                .orElseThrow(() -> new WorkspaceException.NotFound("claim payment", claimPaymentId));
        if (posted.claimId().isEmpty()) {
            throw new WorkspaceException.Conflict("claim payment " + claimPaymentId + " waits in the queue: it was never posted");
        }
        if (posted.reversed().isPresent()) {
            throw new WorkspaceException.Conflict("claim payment " + claimPaymentId + " was reversed already");
        }
        Stored<ClaimRecord> claim = claims.visibleClaim(actor, posted.claimId().get());
        ClaimStatus status = claim.value().status();
        boolean decided = status == ClaimStatus.PAID || status == ClaimStatus.PARTLY_PAID || status == ClaimStatus.DENIED;
        if (!decided && status != ClaimStatus.SUBMITTED && status != ClaimStatus.ACCEPTED) {
            throw new WorkspaceException.Conflict("claim " + claim.value().patientControlNumber() + " is " + status.words()
                    + ": a payment on it can no longer be reversed here");
        }
        List<Posting.StatusMove> moves = decided
                ? List.of(new Posting.StatusMove(claim.id(), claim.version(), ClaimStatus.SUBMITTED,
                "payment " + claimPaymentId + " reversed by " + actor.username() + ": " + why))
                : List.of();
        Recorded saved = database.remittances().reverse(claimPaymentId, claim.id(), actor.username(), why, moves,
                Claims.note(actor, "update", "reversed claim payment " + claimPaymentId + ": " + why));
        if (saved instanceof Recorded.Conflict) {
            throw new WorkspaceException.Conflict("claim " + claim.id() + " or the payment changed meanwhile; reload and try again");
        }
        return forClaim(actor, claim.id());
    }

    /** Tries the queue again: a claim created since the remittance arrived may now answer a waiting payment. */
    public int retryQueue(Actor actor) {
        actor.requireBillingStaff(BILLING_WORK);
        int posted = 0;
        for (PostedPayment waiting : waitingPayments()) {
            // Matched as an import matches: by control number, and a crossover to our secondary claim.
            Posting posting = new PostingPlanner(database.claims()).plan(waiting.payment());
            if (posting instanceof Posting.ToClaim toClaim
                    && database.remittances().post(waiting.id(), toClaim, actor.username(), Claims.note(actor, "update",
                    "posted queued claim payment " + waiting.id())) instanceof Recorded.Saved) {
                posted++;
            }
        }
        return posted;
    }

    /** The whole queue, read a batch at a time so a long queue is never loaded at once. */
    private Iterable<PostedPayment> waitingPayments() {
        return () -> new java.util.Iterator<>() {
            private List<PostedPayment> batch = List.of();
            private int next;
            private long after;

            @Override
            public boolean hasNext() {
                if (next == batch.size()) {
                    batch = database.remittances().unmatchedAfter(after, 500);
                    next = 0;
                    if (!batch.isEmpty()) {
                        after = batch.get(batch.size() - 1).id();
                    }
                }
                return next < batch.size();
            }

            @Override
            public PostedPayment next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return batch.get(next++);
            }
        };
    }

    /** A claim's payments, each denial explained against what the scrub found when the claim was made. */
    public ClaimPayments forClaim(Actor actor, long claimId) {
        ClaimPayments payments = payments(claims.visibleClaim(actor, claimId));
        // The claim is named whether or not it has payments, so "who looked at claim N" finds this read too
        audit.record(actor, "read", "claim", Optional.of(claimId), Optional.of("its payments"));
        audit.shown(actor, "claim-payment", payments.payments().stream().map(each -> each.posted().id()).toList(),
                "the payments of claim " + claimId);
        return payments;
    }

    /** The payments of a claim the caller has already checked the actor may see. */
    ClaimPayments payments(Stored<ClaimRecord> claim) {
        Function<PostedPayment, List<DenialExplanation>> explain = explainerFor(claim);
        Optional<PayerAccount> contract = claims.payerMadeWith(claim);
        List<ClaimLine> lines = claim.value().draft().lines();
        List<ClaimPayments.Explained> explained = new ArrayList<>();
        for (PostedPayment posted : database.remittances().forClaim(claim.id())) {
            explained.add(new ClaimPayments.Explained(posted, explain.apply(posted), contractChecks(posted, lines, contract)));
        }
        return new ClaimPayments(explained);
    }

    /**
     * Each paid line of a claim the practice has a contract price for, held against what the payer allowed: the
     * contract the claim was made with (its practice facts), per unit times the units our line billed.
     */
    private static List<ContractCheck> contractChecks(PostedPayment posted, List<ClaimLine> lines,
                                                      Optional<PayerAccount> contract) {
        if (contract.isEmpty() || contract.get().contracted().isEmpty()) {
            return List.of();
        }
        List<ContractCheck> checks = new ArrayList<>();
        List<ServicePayment> paid = posted.payment().lines();
        for (int i = 0; i < paid.size(); i++) {
            Optional<Integer> number = posted.lineNumbers().get(i);
            if (number.isEmpty() || number.get() < 1 || number.get() > lines.size()) {
                continue;
            }
            ClaimLine ours = lines.get(number.get() - 1);
            Optional<Money> expected = contract.get().contractedFor(ours.code(), ours.units());
            if (expected.isPresent()) {
                checks.add(Underpayments.check(number.get(), expected.get(), paid.get(i)));
            }
        }
        return checks;
    }

    /**
     * One payment's denials, as the claim page explains them: against its claim's scrub as stored when it is posted,
     * by its codes alone while it waits in the queue. Reads only that payment's claim, not all of the claim's payments.
     */
    public List<DenialExplanation> explain(Actor actor, PostedPayment payment) {
        if (payment.claimId().isEmpty()) {
            return explainQueued(payment);
        }
        return explainerFor(claims.visibleClaim(actor, payment.claimId().get())).apply(payment);
    }

    /** Explains payments against the claim's stored findings, read once; a claim whose payer has no pack gets none. */
    private Function<PostedPayment, List<DenialExplanation>> explainerFor(Stored<ClaimRecord> claim) {
        Optional<Payer> payer = payers.find(claim.value().payerId());
        if (payer.isEmpty()) {
            return posted -> List.of();
        }
        List<Finding> findings = claim.value().draft().findings();
        return posted -> explainer.explain(posted.payment(), findings, payer.get());
    }

    /** A queued payment's denials: what the codes mean and which rules they trace to, with no claim to compare. */
    public List<DenialExplanation> explainQueued(PostedPayment payment) {
        return explainer.explainUnposted(payment.payment());
    }
}

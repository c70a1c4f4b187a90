package dev.cleanclaim.app.workspace;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.payer.PayerLookup;
import dev.cleanclaim.core.practice.BillingProvider;
import dev.cleanclaim.core.practice.Clearinghouse;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.submission.ClaimPacket;
import dev.cleanclaim.store.ClaimRecord;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.Stored;
import dev.cleanclaim.store.SubmissionFile;
import dev.cleanclaim.store.SubmissionSummary;
import dev.cleanclaim.store.Submitted;
import dev.cleanclaim.store.SubmittedClaim;
import dev.cleanclaim.x12.Claim837Validator;
import dev.cleanclaim.x12.Claim837Writer;
import dev.cleanclaim.x12.EdiProblem;
import dev.cleanclaim.x12.Interchange;
import dev.cleanclaim.x12.InvalidClaimFileException;
import dev.cleanclaim.x12.Usage;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sending claims: the ready claims become one 837P interchange per receiver, each written under control numbers
 * reserved in the store, kept byte for byte with each claim's own copy, and the claims move to submitted in the same
 * transaction. The file is handed to whoever uploads it (a person today; an SFTP or clearinghouse API transport
 * later reads the same stored file).
 */
public final class Submissions {

    /** Why a therapist is refused sending claims and reading what the payers answered. */
    static final String BILLING_WORK = "sending claims and reading what the payers answered is billing staff's work;"
            + " a therapist's claims wait as ready";


    private final Database database;
    private final Claims claims;
    private final Clock clock;
    private final AuditTrail audit;
    private final WorkspacePayers payers;
    /** Threads that read written files back while the store keeps them; idle ones end after a minute. */
    private static final ExecutorService READING_BACK = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "837P read-back");
        thread.setDaemon(true);
        return thread;
    });

    private final Claim837Writer writer = new Claim837Writer(new Claim837Validator());

    Submissions(Database database, Claims claims, Clock clock, AuditTrail audit, WorkspacePayers payers) {
        this.database = database;
        this.payers = payers;
        this.claims = claims;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Sends every ready claim, or only those named. A named claim that is not ready is refused before anything is
     * sent; a ready claim that cannot be written (a fact missing since it was scrubbed) stays ready and is reported.
     */
    public SubmissionResult send(Actor actor, Optional<List<Long>> claimIds) {
        actor.requireBillingStaff(BILLING_WORK);
        List<Stored<ClaimRecord>> ready = claimIds.map(ids -> named(actor, ids)).orElseGet(this::readyToSend);
        List<SubmissionResult.NotSent> notSent = new ArrayList<>();
        Map<Receiver, List<Packed>> byReceiver = new LinkedHashMap<>();
        ClaimSources sources = claims.readAhead(ready);
        for (Stored<ClaimRecord> claim : ready) {
            try {
                ClaimPacket packet = claims.sendable(actor, claim, sources);
                byReceiver.computeIfAbsent(Receiver.of(packet.practice()), receiver -> new ArrayList<>())
                        .add(new Packed(claim, packet));
            } catch (InputException missing) {
                notSent.add(new SubmissionResult.NotSent(claim.id(), claim.value().patientControlNumber(),
                        missing.problems().stream().map(problem -> problem.path() + ": " + problem.message()).toList()));
            }
        }
        List<SubmissionSummary> sent = new ArrayList<>();
        for (Map.Entry<Receiver, List<Packed>> group : byReceiver.entrySet()) {
            Submitted stored;
            List<Packed> packed = group.getValue();
            try {
                stored = submit(actor, packed, group.getKey());
            } catch (Unwritable broken) {
                // Some claim breaks the file (nothing was stored): each is written alone to find which, and the
                // others go without it.
                packed = writable(group.getValue(), group.getKey(), notSent);
                if (packed.isEmpty()) {
                    continue;
                }
                stored = submit(actor, packed, group.getKey());
            }
            if (stored instanceof Submitted.Conflict conflict) {
                // This receiver's file was not kept; files already kept for other receivers stand.
                String why = "claim " + conflict.claimId() + " changed while it was being sent; nothing went to "
                        + group.getKey().receiver() + ": send again";
                packed.forEach(each -> notSent.add(new SubmissionResult.NotSent(each.claim().id(),
                        each.claim().value().patientControlNumber(), List.of(why))));
                continue;
            }
            sent.add(((Submitted.Saved) stored).submission());
        }
        return new SubmissionResult(sent, notSent);
    }

    /**
     * The ready claims that go to a payer, oldest first. A self-pay visit's claim is the patient's receipt: it never
     * enters the insurance flow, so it is never sent.
     */
    public List<Stored<ClaimRecord>> readyToSend(Actor actor) {
        actor.requireBillingStaff(BILLING_WORK);
        return readyToSend();
    }

    private List<Stored<ClaimRecord>> readyToSend() {
        PayerLookup directory = payers.current();
        return database.claims().inStatus(ClaimStatus.READY).stream().filter(claim -> !selfPay(claim, directory)).toList();
    }

    /** Whether the claim bills nobody but the patient, by the payer directory read once for all the claims in hand. */
    private static boolean selfPay(Stored<ClaimRecord> claim, PayerLookup directory) {
        return directory.find(claim.value().payerId()).map(Claims::isSelfPay).orElse(false);
    }

    /** Submissions, newest first, a page at a time. */
    public List<SubmissionSummary> list(Actor actor, int limit, int offset) {
        actor.requireBillingStaff(BILLING_WORK);
        List<SubmissionSummary> page = database.submissions().list(limit, offset);
        // a row per submission shown (each holds patients' claims), so "who saw submission N" has an answer
        audit.shown(actor, "submission", page.stream().map(SubmissionSummary::id).toList(),
                "in a page of " + page.size() + " submission(s)");
        return page;
    }

    public long count(Actor actor) {
        actor.requireBillingStaff(BILLING_WORK);
        return database.submissions().count();
    }

    public SubmissionSummary get(Actor actor, long id) {
        actor.requireBillingStaff(BILLING_WORK);
        SubmissionSummary found = database.submissions().find(id)
                .orElseThrow(() -> new WorkspaceException.NotFound("submission", id));
        audit.read(actor, "submission", id);
        return found;
    }

    public List<SubmittedClaim> claimsOf(Actor actor, long id) {
        get(actor, id);
        return database.submissions().claims(id);
    }

    /** The interchange exactly as it was handed out for upload. */
    public byte[] file(Actor actor, long id) {
        actor.requireBillingStaff(BILLING_WORK);
        byte[] body = database.submissions().file(id).orElseThrow(() -> new WorkspaceException.NotFound("submission", id));
        audit.record(actor, "download", "submission", Optional.of(id), Optional.of("837P as sent"));
        return body;
    }

    /** The name a downloaded interchange gets: its control number says which file it is. */
    public static String fileName(SubmissionSummary submission) {
        return "cleanclaim-" + submission.controlNumber() + ".837";
    }


    private List<Stored<ClaimRecord>> named(Actor actor, List<Long> ids) {
        List<Stored<ClaimRecord>> found = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (ids.subList(0, i).contains(ids.get(i))) {
                problems.add(new InputProblem("$.claims[" + i + "]", "claim " + ids.get(i) + " is named twice"));
                continue;
            }
            Stored<ClaimRecord> claim = claims.visibleClaim(actor, ids.get(i));
            if (claim.value().status() != ClaimStatus.READY) {
                problems.add(new InputProblem("$.claims[" + i + "]", "claim " + claim.id() + " is "
                        + claim.value().status().words() + "; only ready claims are sent"));
            } else if (selfPay(claim, payers.current())) {
                problems.add(new InputProblem("$.claims[" + i + "]", "claim " + claim.id() + " is self-pay: its"
                        + " superbill is the patient's receipt and no payer is billed"));
            }
            found.add(claim);
        }
        if (!problems.isEmpty()) {
            throw new InputException("submission", problems);
        }
        return found;
    }

    /**
     * Writes the group's interchange and stores it with its claims' moves, in one transaction. The file is written
     * and validated once, for all its claims together; {@link Unwritable} when it fails, with nothing stored.
     */
    private Submitted submit(Actor actor, List<Packed> packed, Receiver receiver) {
        return database.submissions().submit(packed.stream().map(Packed::claim).toList(),
                Claim837Writer.transactions(packed.stream().map(Packed::packet).toList()).size(),
                numbers -> write(packed, receiver, new Interchange(receiver.sender(), receiver.receiver(),
                        numbers.interchange(), LocalDateTime.now(clock), receiver.usage(), numbers.firstTransaction())),
                Claims.note(actor, "create", packed.size() + " claim(s) to " + receiver.receiver()));
    }

    /**
     * The claims of a group that the 837P accepts, once the group's file failed: each is written alone, so one claim
     * that breaks the file stays behind (reported with the segment at fault) instead of stopping every other claim.
     */
    private List<Packed> writable(List<Packed> group, Receiver receiver, List<SubmissionResult.NotSent> notSent) {
        List<Packed> writable = new ArrayList<>();
        Interchange trial = new Interchange(receiver.sender(), receiver.receiver(), 1, LocalDateTime.now(clock),
                receiver.usage());
        for (Packed packed : group) {
            try {
                writer.write(List.of(packed.packet()), trial);
                writable.add(packed);
            } catch (InvalidClaimFileException | IllegalArgumentException broken) {
                List<String> problems = broken instanceof InvalidClaimFileException invalid
                        ? invalid.problems().stream().map(Object::toString).toList() : List.of(broken.getMessage());
                notSent.add(new SubmissionResult.NotSent(packed.claim().id(),
                        packed.claim().value().patientControlNumber(), problems));
            }
        }
        return writable;
    }

    /**
     * The group's file and each claim's copy. The file is read back on another thread while the store writes the
     * submission's rows (reading 10,000 claims back takes as long as storing them); the store commits only once it
     * passed, so a file that fails keeps nothing.
     */
    private SubmissionFile write(List<Packed> packed, Receiver receiver, Interchange interchange) {
        List<ClaimPacket> packets = packed.stream().map(Packed::packet).toList();
        byte[] body;
        try {
            body = writer.writeUnread(packets, interchange);
        } catch (IllegalArgumentException broken) {
            throw new Unwritable(broken);
        }
        CompletableFuture<List<EdiProblem>> reading = writer.readBack(body, READING_BACK);
        Map<String, Long> claimOf = new HashMap<>();
        packed.forEach(each -> claimOf.put(each.packet().patientControlNumber(), each.claim().id()));
        List<SubmissionFile.ClaimCopy> copies = new ArrayList<>();
        List<List<ClaimPacket>> transactions = Claim837Writer.transactions(packets);
        Money total = Money.ZERO;
        for (int n = 1; n <= transactions.size(); n++) {
            String st02 = interchange.transactionControlNumber(n);
            Interchange alone = new Interchange(interchange.senderId(), interchange.receiverId(),
                    interchange.controlNumber(), interchange.created(), interchange.usage(), interchange.firstTransaction() + n - 1);
            for (ClaimPacket packet : transactions.get(n - 1)) {
                copies.add(new SubmissionFile.ClaimCopy(claimOf.get(packet.patientControlNumber()), st02,
                        writer.copyOfWritten(packet, alone)));
                total = total.plus(packet.totalCharge());
            }
        }
        return new SubmissionFile(receiver.sender(), receiver.receiver(), receiver.usage().code(), total, body, copies,
                () -> passed(reading));
    }

    private static void passed(CompletableFuture<List<EdiProblem>> reading) {
        List<EdiProblem> problems;
        try {
            problems = reading.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
        if (!problems.isEmpty()) {
            throw new Unwritable(new InvalidClaimFileException(problems));
        }
    }

    private record Packed(Stored<ClaimRecord> claim, ClaimPacket packet) {
    }

    /** A group's file broke the 837P schema (or a claim lacked what it needs): rolls its submission back. */
    private static final class Unwritable extends RuntimeException {
        Unwritable(RuntimeException cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    /**
     * Who a file goes to, and as whom: claims sent through the same clearinghouse for the same billing provider share
     * an interchange (see {@link Claim837Writer#sameSender}). A claim made before the practice changed its
     * clearinghouse or billing details goes in a file of its own.
     */
    private record Receiver(String sender, String receiver, Usage usage, Clearinghouse clearinghouse,
                            BillingProvider billing) {
        static Receiver of(Practice practice) {
            Clearinghouse clearinghouse = practice.clearinghouse().orElseThrow(() -> new IllegalStateException(
                    "a claim packet was assembled without the practice's clearinghouse"));
            return new Receiver(clearinghouse.submitterId(), clearinghouse.receiverId(),
                    practice.test() ? Usage.TEST : Usage.PRODUCTION, clearinghouse, practice.billing());
        }
    }
}

package dev.cleanclaim.app.workspace;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.core.ack.AcknowledgmentFile;
import dev.cleanclaim.core.ack.ClaimAckOutcome;
import dev.cleanclaim.core.ack.ClaimAcknowledgment;
import dev.cleanclaim.core.ack.ClaimStatusReport;
import dev.cleanclaim.core.ack.GroupResponse;
import dev.cleanclaim.core.ack.ImplementationAcknowledgment;
import dev.cleanclaim.core.ack.SegmentError;
import dev.cleanclaim.core.ack.TransactionResponse;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.store.AcknowledgmentReceipt;
import dev.cleanclaim.store.AcknowledgmentStore;
import dev.cleanclaim.store.Acknowledged;
import dev.cleanclaim.store.ClaimAnswer;
import dev.cleanclaim.store.ClaimRecord;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.Stored;
import dev.cleanclaim.store.SubmittedClaim;
import dev.cleanclaim.x12.ack.AcknowledgmentReader;
import dev.cleanclaim.x12.ack.InvalidAcknowledgmentException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reading back what the clearinghouse and payers said about sent claims. A 999 that rejects a transaction set
 * rejects every claim in it (the file never got past the syntax check); a 277CA accepts or rejects claim by claim
 * and gives the payer's number for each accepted one. Importing a file again changes nothing; a broken file is
 * refused naming the segment and element at fault; a file is applied whole or not at all.
 */
public final class Acknowledgments {

    static final String ACCEPTED = "accepted";
    static final String REJECTED = "rejected";
    static final String PENDING = "pending";

    private final Database database;
    private final AuditTrail audit;
    private final AcknowledgmentReader reader = new AcknowledgmentReader();

    Acknowledgments(Database database, AuditTrail audit) {
        this.database = database;
        this.audit = audit;
    }

    /** The longest file name kept with a file (a path is cut to its last part by the callers). */
    static final int LONGEST_FILE_NAME = 200;

    public AcknowledgmentImport importFile(Actor actor, String fileName, byte[] content) {
        actor.requireBillingStaff(Submissions.BILLING_WORK);
        if (fileName.isBlank() || fileName.length() > LONGEST_FILE_NAME) {
            throw new InputException("upload", List.of(new InputProblem("file", "the file's name must be 1 to "
                    + LONGEST_FILE_NAME + " characters; rename it and import it again")));
        }
        String body = new String(content, StandardCharsets.UTF_8);
        Optional<AcknowledgmentStore.Earlier> earlier = database.acknowledgments().findByDigest(body);
        if (earlier.isPresent()) {
            audit.record(actor, "import", "acknowledgment", Optional.of(earlier.get().id()),
                    Optional.of(fileName + ": imported before"));
            return new AcknowledgmentImport(earlier.get().id(), earlier.get().kind(), true, List.of(), List.of(), List.of());
        }
        AcknowledgmentFile file;
        try {
            file = reader.read(fileName, new ByteArrayInputStream(content));
        } catch (InvalidAcknowledgmentException broken) {
            throw new InputException(fileName, List.of(new InputProblem(broken.place(), broken.problem())));
        }
        Plan plan = file instanceof ImplementationAcknowledgment ack999 ? plan999(ack999) : plan277((ClaimAcknowledgment) file);
        String kind = file instanceof ImplementationAcknowledgment ? "999" : "277CA";
        Acknowledged recorded = database.acknowledgments().record(new AcknowledgmentReceipt(kind, fileName,
                        file.senderId(), file.interchangeControlNumber(), body), plan.answers(),
                Claims.note(actor, "import", kind + " " + fileName + ": " + plan.answers().size() + " claim(s)"));
        if (recorded instanceof Acknowledged.Conflict conflict) {
            throw new WorkspaceException.Conflict("claim " + conflict.claimId() + " changed while the " + kind
                    + " was read; nothing was imported: import the file again");
        }
        if (recorded instanceof Acknowledged.AlreadyImported again) {
            return new AcknowledgmentImport(again.acknowledgmentId(), kind, true, List.of(), List.of(), List.of());
        }
        List<AcknowledgmentImport.Answer> answers = plan.answers().stream().map(answer -> new AcknowledgmentImport.Answer(
                answer.claimId(), plan.controlNumbers().get(answer.claimId()), answer.outcome(), answer.words(),
                answer.move().isPresent())).toList();
        return new AcknowledgmentImport(((Acknowledged.Saved) recorded).acknowledgmentId(), kind, false, answers,
                plan.unmatched(), file.warnings());
    }

    private Plan plan999(ImplementationAcknowledgment file) {
        Plan plan = new Plan();
        for (GroupResponse group : file.groups()) {
            int interchange;
            try {
                interchange = Integer.parseInt(group.groupControlNumber().strip());
            } catch (NumberFormatException notOurs) {
                plan.unmatched.add("group " + group.groupControlNumber() + ": not a group cleanclaim sent");
                continue;
            }
            if (group.transactions().isEmpty() && group.code().rejects()) {
                // A group rejected whole (AK9 R with no AK2) answers every transaction set it carried.
                rejectWhole(plan, interchange, group);
                continue;
            }
            for (TransactionResponse transaction : group.transactions()) {
                List<SubmittedClaim> claims = database.submissions().inTransaction(interchange, transaction.controlNumber());
                if (claims.isEmpty()) {
                    plan.unmatched.add("transaction " + transaction.controlNumber() + " of group " + group.groupControlNumber()
                            + ": cleanclaim sent no such transaction");
                    continue;
                }
                String words = "999 " + transaction.code().name() + ": " + (transaction.errors().isEmpty()
                        ? (transaction.rejected() ? "the transaction set was rejected" : "the transaction set was accepted")
                        : transaction.errors().stream().map(SegmentError::sentence).collect(Collectors.joining("; ")));
                for (SubmittedClaim claim : claims) {
                    Stored<ClaimRecord> current = plan.current(database, claim.claimId());
                    ClaimStatus status = current.value().status();
                    // Only a claim still waiting on its file is rejected: a later 277CA or 835 already moved the rest.
                    Optional<ClaimStatus> move = transaction.rejected() && status == ClaimStatus.SUBMITTED
                            ? Optional.of(ClaimStatus.REJECTED) : Optional.empty();
                    plan.add(current, move, transaction.rejected() ? REJECTED : ACCEPTED, words, Optional.empty());
                }
            }
        }
        return plan;
    }

    private void rejectWhole(Plan plan, int interchange, GroupResponse group) {
        List<SubmittedClaim> claims = database.submissions().inInterchange(interchange);
        if (claims.isEmpty()) {
            plan.unmatched.add("group " + group.groupControlNumber() + ": cleanclaim sent no such interchange");
        }
        for (SubmittedClaim claim : claims) {
            Stored<ClaimRecord> current = plan.current(database, claim.claimId());
            Optional<ClaimStatus> move = current.value().status() == ClaimStatus.SUBMITTED
                    ? Optional.of(ClaimStatus.REJECTED) : Optional.empty();
            plan.add(current, move, REJECTED, "999 " + group.code().name() + ": the functional group was rejected ("
                    + group.code().words() + ")", Optional.empty());
        }
    }

    private Plan plan277(ClaimAcknowledgment file) {
        Plan plan = new Plan();
        for (ClaimStatusReport report : file.claims()) {
            Optional<Stored<ClaimRecord>> found = database.claims().findByControlNumber(report.patientControlNumber());
            if (found.isEmpty()) {
                plan.unmatched.add("claim " + report.patientControlNumber() + ": no claim has this control number");
                continue;
            }
            Stored<ClaimRecord> current = plan.current(database, found.get().id());
            ClaimStatus status = current.value().status();
            ClaimStatus target = report.outcome() == ClaimAckOutcome.ACCEPTED ? ClaimStatus.ACCEPTED
                    : report.outcome() == ClaimAckOutcome.REJECTED ? ClaimStatus.REJECTED : status;
            // A claim already past acceptance (paid, say) is not moved back by a late acknowledgment.
            boolean moves = target != status && (status == ClaimStatus.SUBMITTED || status == ClaimStatus.ACCEPTED)
                    && status.canMoveTo(target);
            String outcome = switch (report.outcome()) {
                case ACCEPTED -> ACCEPTED;
                case REJECTED -> REJECTED;
                case PENDING -> PENDING;
            };
            // The payer's number is kept only for a claim it holds as sent: never on one corrected, voided or paid.
            boolean holdsIt = status == ClaimStatus.SUBMITTED || status == ClaimStatus.ACCEPTED;
            plan.add(current, moves ? Optional.of(target) : Optional.empty(), outcome, "277CA "
                    + (report.source().isEmpty() ? file.informationSource() : report.source()) + ": " + report.words(), report.payerClaimNumber().filter(number -> holdsIt));
        }
        return plan;
    }

    /** The answers planned so far, each claim read once and followed through the moves the file makes. */
    private static final class Plan {
        private final List<ClaimAnswer> answers = new ArrayList<>();
        private final List<String> unmatched = new ArrayList<>();
        private final Map<Long, Stored<ClaimRecord>> claims = new HashMap<>();
        private final Map<Long, String> controlNumbers = new HashMap<>();

        Stored<ClaimRecord> current(Database database, long claimId) {
            return claims.computeIfAbsent(claimId, id -> database.claims().find(id).orElseThrow());
        }

        void add(Stored<ClaimRecord> claim, Optional<ClaimStatus> move, String outcome, String words,
                 Optional<String> payerClaimNumber) {
            answers.add(new ClaimAnswer(claim.id(), claim.version(), move, outcome, words, payerClaimNumber));
            controlNumbers.put(claim.id(), claim.value().patientControlNumber());
            move.ifPresent(target -> claims.put(claim.id(), new Stored<>(claim.id(), claim.version() + 1,
                    claim.value().withStatus(target))));
        }

        List<ClaimAnswer> answers() {
            return answers;
        }

        List<String> unmatched() {
            return unmatched;
        }

        Map<Long, String> controlNumbers() {
            return controlNumbers;
        }
    }
}

package dev.cleanclaim.app.workspace;

import dev.cleanclaim.app.contract.StoredClaimBody;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.remit.ClaimPayment;
import dev.cleanclaim.core.remit.ClaimPaymentStatus;
import dev.cleanclaim.core.remit.ServicePayment;
import dev.cleanclaim.core.remit.StatusAfterPayment;
import dev.cleanclaim.store.ClaimRecord;
import dev.cleanclaim.store.ClaimStore;
import dev.cleanclaim.store.Posting;
import dev.cleanclaim.store.Stored;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides how each claim payment of a remittance is posted: the claim it answers (by the patient control number
 * our 837 sent in CLM01), the line each service line answers (by the line control number sent in REF*6R, else by
 * code and modifiers), and the claim's status moves. A payment that answers none of our claims, or a claim in no
 * state to be paid, is queued with the reason. Several payments for one claim (a reversal, then the corrected
 * payment) move it in turn, each from the version the one before left.
 */
final class PostingPlanner {

    private final ClaimStore claims;
    private final Map<Long, Stored<ClaimRecord>> planned = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();
    /** The claims of a whole remittance, read up front by control number (IN lists); empty: read one by one. */
    private Map<String, Stored<ClaimRecord>> byControlNumber = Map.of();
    private Map<Long, Stored<ClaimRecord>> secondaries = Map.of();
    private boolean prefetched;

    PostingPlanner(ClaimStore claims) {
        this.claims = claims;
    }

    List<String> warnings() {
        return warnings;
    }

    /**
     * Reads the claims every payment of a remittance answers in a few queries, instead of one (or two, for a
     * crossover) per payment: a payer's file of 40,000 claims spent most of its minute asking for claims one by one.
     */
    PostingPlanner prefetch(List<ClaimPayment> payments) {
        byControlNumber = claims.findByControlNumbers(payments.stream().map(ClaimPayment::patientControlNumber).toList());
        List<Long> crossovers = payments.stream().filter(PostingPlanner::asSecondary)
                .map(payment -> byControlNumber.get(payment.patientControlNumber())).filter(java.util.Objects::nonNull)
                .map(Stored::id).toList();
        secondaries = crossovers.isEmpty() ? Map.of() : claims.secondariesOf(crossovers);
        prefetched = true;
        return this;
    }

    Posting plan(ClaimPayment payment) {
        Optional<Stored<ClaimRecord>> found = (prefetched
                ? Optional.ofNullable(byControlNumber.get(payment.patientControlNumber()))
                : claims.findByControlNumber(payment.patientControlNumber()))
                .map(claim -> crossedOver(payment, claim))
                .map(claim -> planned.getOrDefault(claim.id(), claim));
        if (found.isEmpty()) {
            return new Posting.Queued("no claim has patient control number " + payment.patientControlNumber());
        }
        return plan(payment, found.get());
    }

    /**
     * A secondary payer that got the claim from the primary (a crossover) quotes the primary's control number; its
     * payment belongs on our secondary claim when we made one.
     */
    private Stored<ClaimRecord> crossedOver(ClaimPayment payment, Stored<ClaimRecord> claim) {
        if (!asSecondary(payment)) {
            return claim;
        }
        return prefetched ? secondaries.getOrDefault(claim.id(), claim) : claims.secondaryOf(claim.id()).orElse(claim);
    }

    private static boolean asSecondary(ClaimPayment payment) {
        return payment.status() == ClaimPaymentStatus.PROCESSED_AS_SECONDARY
                || payment.status() == ClaimPaymentStatus.SECONDARY_FORWARDED;
    }

    /** Plans the payment against a claim someone chose for it. */
    Posting plan(ClaimPayment payment, Stored<ClaimRecord> chosen) {
        Stored<ClaimRecord> claim = planned.getOrDefault(chosen.id(), chosen);
        ClaimRecord record = claim.value();
        StatusAfterPayment after = StatusAfterPayment.of(record.status(), payment);
        if (after instanceof StatusAfterPayment.Hold hold) {
            return new Posting.Queued("claim " + claim.id() + " (" + record.patientControlNumber() + "): " + hold.reason());
        }
        StatusAfterPayment.Moves moves = (StatusAfterPayment.Moves) after;
        List<Posting.StatusMove> steps = new ArrayList<>();
        int version = claim.version();
        ClaimStatus status = record.status();
        for (ClaimStatus target : moves.path()) {
            String note = target == ClaimStatus.SUBMITTED && status == ClaimStatus.READY
                    ? "the payer answered it, so it was sent" : "835 trace: " + moves.note();
            steps.add(new Posting.StatusMove(claim.id(), version, target, note));
            version++;
            status = target;
        }
        planned.put(claim.id(), new Stored<>(claim.id(), version, record.withStatus(status)));
        if (payment.status() != ClaimPaymentStatus.REVERSAL
                && payment.charge().compareTo(record.totalCharge()) != 0) {
            warnings.add("claim " + record.patientControlNumber() + ": the payer answers a charge of $" + payment.charge()
                    + ", our claim charged $" + record.totalCharge());
        }
        return new Posting.ToClaim(claim.id(), lineNumbers(payment, record), steps);
    }

    private List<Optional<Integer>> lineNumbers(ClaimPayment payment, ClaimRecord record) {
        List<StoredClaimBody.Line> lines = ourLines(record);
        List<Integer> used = new ArrayList<>();
        List<Optional<Integer>> numbers = new ArrayList<>();
        for (ServicePayment service : payment.lines()) {
            Optional<Integer> number = service.lineControlNumber()
                    .flatMap(control -> byControlNumber(control, record.patientControlNumber(), lines.size()))
                    .or(() -> byCode(service, lines, used));
            if (number.isEmpty()) {
                warnings.add("claim " + record.patientControlNumber() + ": the payer's line " + service.procedureCode()
                        + service.lineControlNumber().map(control -> " (" + control + ")").orElse("")
                        + " answers none of our lines");
            }
            number.ifPresent(used::add);
            numbers.add(number);
        }
        return numbers;
    }

    /**
     * The claim's lines as it was sent, which the payer's lines are matched against: the one place the planner reads
     * the stored contents, so it changes alone when the contents move out of the body JSON.
     */
    private static List<StoredClaimBody.Line> ourLines(ClaimRecord record) {
        return StoredClaimBody.read(record.body()).lines();
    }

    /** Our line control numbers are the claim's control number, a dash and the line number. */
    private static Optional<Integer> byControlNumber(String control, String claimControl, int lineCount) {
        String prefix = claimControl + "-";
        if (!control.startsWith(prefix)) {
            return Optional.empty();
        }
        try {
            int number = Integer.parseInt(control.substring(prefix.length()));
            return number >= 1 && number <= lineCount ? Optional.of(number) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> byCode(ServicePayment service, List<StoredClaimBody.Line> lines, List<Integer> used) {
        return lines.stream().filter(line -> !used.contains(line.number()))
                .filter(line -> line.code().equals(service.procedureCode()))
                .filter(line -> service.modifiers().isEmpty() || line.modifiers().containsAll(service.modifiers()))
                .map(StoredClaimBody.Line::number).findFirst();
    }
}

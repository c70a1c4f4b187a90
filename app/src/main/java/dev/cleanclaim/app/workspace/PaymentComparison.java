package dev.cleanclaim.app.workspace;

import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.core.patient.Coverage;
import dev.cleanclaim.core.patient.Person;
import dev.cleanclaim.core.remit.ClaimPayment;
import dev.cleanclaim.core.remit.ClaimPaymentStatus;
import dev.cleanclaim.core.remit.ServicePayment;
import dev.cleanclaim.store.ClaimRecord;
import dev.cleanclaim.store.PatientRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Holds a queued 835 claim payment against the claim a biller chose for it, before it is posted by hand: the patient,
 * the member id, the dates of service, the procedure codes and the charge. The import matched nothing, so the
 * biller's choice is all there is; a $50 97110 payment for another patient must not quietly pay a $55 98940 claim.
 * Only what the payer sent is compared: a payment without a patient name says nothing against ours.
 */
public final class PaymentComparison {

    private PaymentComparison() {
    }

    /** One thing the payment says that the claim does not, named by field. */
    public record Difference(String field, String payment, String claim) {
        public Difference {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(payment, "payment");
            Objects.requireNonNull(claim, "claim");
        }

        public String sentence() {
            return "the payment says " + payment + ", the claim " + claim;
        }

        InputProblem problem() {
            return new InputProblem(field, sentence() + "; state an override reason to post it anyway");
        }
    }

    static List<Difference> differences(ClaimPayment payment, ClaimRecord claim, PatientRecord patient) {
        List<Difference> differences = new ArrayList<>();
        Person person = patient.patient().person();
        String ours = person.lastName() + ", " + person.firstName();
        payment.patientName().filter(theirs -> !sameName(theirs, person))
                .ifPresent(theirs -> differences.add(new Difference("patient", theirs, ours)));
        Set<String> memberIds = new TreeSet<>();
        patient.patient().memberId().ifPresent(memberIds::add);
        patient.secondary().map(Coverage::memberId).ifPresent(memberIds::add);
        payment.memberId().filter(theirs -> !memberIds.isEmpty())
                .filter(theirs -> memberIds.stream().noneMatch(id -> id.equalsIgnoreCase(theirs.strip())))
                .ifPresent(theirs -> differences.add(new Difference("memberId", theirs, String.join(" or ", memberIds))));
        Set<LocalDate> dates = payment.lines().stream().flatMap(line -> line.serviceDate().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        if (!dates.isEmpty() && !dates.equals(Set.of(claim.dateOfService()))) {
            differences.add(new Difference("dateOfService", dates.stream().map(LocalDate::toString)
                    .collect(Collectors.joining(", ")), claim.dateOfService().toString()));
        }
        Set<String> ourCodes = claim.draft().lines().stream().map(ClaimLine::code)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> theirCodes = payment.lines().stream().map(ServicePayment::procedureCode)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!theirCodes.isEmpty() && !ourCodes.containsAll(theirCodes)) {
            differences.add(new Difference("procedureCodes", String.join(" ", theirCodes),
                    ourCodes.isEmpty() ? "no lines" : String.join(" ", ourCodes)));
        }
        // A reversal's charge is negative; a secondary payer may answer the full charge or only the rest: only a
        // primary payment's charge is held against ours.
        boolean primary = payment.status() != ClaimPaymentStatus.REVERSAL && claim.totalCharge().cents() > 0;
        if (primary && payment.charge().compareTo(claim.totalCharge()) != 0) {
            differences.add(new Difference("charge", "$" + payment.charge(), "$" + claim.totalCharge()));
        }
        return differences;
    }

    /** "DOE, JANE" against Jane Doe: case, spacing and punctuation aside; a payer may send the last name only. */
    private static boolean sameName(String theirs, Person person) {
        String[] parts = theirs.split(",", 2);
        boolean last = letters(parts[0]).equals(letters(person.lastName()));
        return last && (parts.length == 1 || letters(parts[1]).isEmpty()
                || letters(parts[1]).equals(letters(person.firstName())));
    }

    private static String letters(String text) {
        return text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}

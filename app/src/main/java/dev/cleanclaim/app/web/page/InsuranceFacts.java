package dev.cleanclaim.app.web.page;

import dev.cleanclaim.core.patient.Coverage;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.patient.Person;
import dev.cleanclaim.core.patient.Relationship;
import dev.cleanclaim.store.PatientRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** A patient's policies as their page lists them: the primary insurance, then the secondary one when there is one. */
final class InsuranceFacts {

    private final Function<Optional<String>, String> payerName;
    private final Predicate<String> selfPay;

    /**
     * @param payerName the payer pack's name for a payer id, as the practice knows it
     * @param selfPay   whether a payer id is self-pay (the pack, or a directory entry filing as 09): no policy at all
     */
    InsuranceFacts(Function<Optional<String>, String> payerName, Predicate<String> selfPay) {
        this.payerName = payerName;
        this.selfPay = selfPay;
    }

    List<Fact> primary(PatientRecord record) {
        // A client entered with the self-pay pack as their "payer" has no member id or subscriber to show either.
        if (record.payerId().filter(id -> !selfPay.test(id)).isEmpty()) {
            return List.of(new Fact("Payer", "Self-pay: the client pays; no insurance claim is filed"));
        }
        Patient patient = record.patient();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Payer", payerName.apply(record.payerId())));
        facts.add(new Fact("Member id", patient.memberId().orElse("missing")));
        facts.add(new Fact("Group", patient.groupNumber().orElse("none")));
        policyHolder(facts, patient.relationship(), patient.subscriber());
        return facts;
    }

    /** Empty when the patient has no second policy. */
    List<Fact> secondary(PatientRecord record) {
        if (record.secondary().isEmpty()) {
            return List.of();
        }
        Coverage coverage = record.secondary().get();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Payer", payerName.apply(Optional.of(coverage.payerId()))));
        facts.add(new Fact("Member id", coverage.memberId()));
        facts.add(new Fact("Group", coverage.groupNumber().orElse("none")));
        policyHolder(facts, coverage.relationship(), coverage.subscriber());
        return facts;
    }

    private static void policyHolder(List<Fact> facts, Relationship relationship, Optional<Person> subscriber) {
        facts.add(new Fact("Patient is", relationship.name().toLowerCase(Locale.ROOT) + " of the subscriber"));
        subscriber.ifPresent(holder -> facts.add(new Fact("Subscriber", PatientNames.name(holder)
                + ", born " + holder.birthDate())));
    }
}

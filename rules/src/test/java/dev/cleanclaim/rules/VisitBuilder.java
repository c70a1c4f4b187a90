package dev.cleanclaim.rules;

import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.patient.Person;
import dev.cleanclaim.core.patient.Relationship;
import dev.cleanclaim.core.patient.Sex;
import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.practice.Address;
import dev.cleanclaim.core.region.BodyRegion;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.visit.Diagnosis;
import dev.cleanclaim.core.visit.Documentation;
import dev.cleanclaim.core.visit.Provider;
import dev.cleanclaim.core.visit.Service;
import dev.cleanclaim.core.visit.Visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Builds visits for tests in a few words: {@code visit().payer("medicare").code("97140", 12, "lumbar")}. */
final class VisitBuilder {

    private final RuleData rules;
    private LocalDate date = LocalDate.of(2026, 3, 2);
    private String payer = "medicare";
    private Payer billed;
    private ProviderType provider = ProviderType.PT;
    private ProviderType employer;
    private final List<Diagnosis> diagnoses = new ArrayList<>();
    private final List<Service> services = new ArrayList<>();
    private boolean referral;
    private boolean rationale;
    private boolean active;
    private boolean abn;
    private final List<String> necessity = new ArrayList<>();
    private Money yearToDate;
    private Patient patient;

    private VisitBuilder(RuleData rules) {
        this.rules = rules;
    }

    static VisitBuilder visit(RuleData rules) {
        return new VisitBuilder(rules);
    }

    /** The patient block the 837P needs: the insurance rules read it. */
    VisitBuilder patient(Patient patient) {
        this.patient = patient;
        return this;
    }

    /** A patient insured in their own name, with this member id. */
    VisitBuilder insuredSelf(String firstName, String lastName, String memberId) {
        return patient(new Patient(person(firstName, lastName), "A1001", Optional.of(memberId), Optional.empty(),
                Relationship.SELF, Optional.empty(), Optional.empty()));
    }

    /** A patient on someone else's policy: the spouse of the subscriber. */
    VisitBuilder insuredAsSpouse(String memberId) {
        return patient(new Patient(person("Ruth", "Okafor"), "A1001", Optional.of(memberId), Optional.empty(),
                Relationship.SPOUSE, Optional.of(person("Sam", "Okafor")), Optional.empty()));
    }

    private static Person person(String firstName, String lastName) {
        return new Person(firstName, lastName, LocalDate.of(1949, 4, 11), Sex.F,
                new Address("2105 SE Division St", Optional.empty(), "Portland", "OR", "97202"));
    }

    VisitBuilder on(String isoDate) {
        date = LocalDate.parse(isoDate);
        return this;
    }

    VisitBuilder payer(String id) {
        payer = id;
        return this;
    }

    /** Bills a payer the rule data does not list by id, e.g. an entry of a practice's payer directory. */
    VisitBuilder billedTo(Payer entry) {
        billed = entry;
        return this;
    }

    VisitBuilder by(ProviderType type) {
        provider = type;
        return this;
    }

    VisitBuilder employedBy(ProviderType type) {
        employer = type;
        return this;
    }

    VisitBuilder diagnosis(String code, String... regions) {
        diagnoses.add(new Diagnosis(code, regions(regions)));
        return this;
    }

    VisitBuilder code(String code, Integer minutes, String... regions) {
        return service(Optional.of(code), Optional.empty(), minutes, List.of(), false, Optional.empty(), regions);
    }

    VisitBuilder codeWithModifiers(String code, Integer minutes, List<String> modifiers, String... regions) {
        return service(Optional.of(code), Optional.empty(), minutes, modifiers, false, Optional.empty(), regions);
    }

    VisitBuilder technique(String technique, Integer minutes, String... regions) {
        return service(Optional.empty(), Optional.of(technique), minutes, List.of(), false, Optional.empty(), regions);
    }

    VisitBuilder codeAndTechnique(String code, String technique, Integer minutes, String... regions) {
        return service(Optional.of(code), Optional.of(technique), minutes, List.of(), false, Optional.empty(), regions);
    }

    VisitBuilder assistedCode(String code, Integer minutes, String... regions) {
        return service(Optional.of(code), Optional.empty(), minutes, List.of(), true, Optional.empty(), regions);
    }

    VisitBuilder describedCode(String code, String description, String... regions) {
        return service(Optional.of(code), Optional.empty(), null, List.of(), false, Optional.of(description), regions);
    }

    VisitBuilder referral() {
        referral = true;
        return this;
    }

    VisitBuilder rationale() {
        rationale = true;
        return this;
    }

    VisitBuilder activeTreatment() {
        active = true;
        return this;
    }

    VisitBuilder abn() {
        abn = true;
        return this;
    }

    VisitBuilder necessity(String... conditions) {
        necessity.addAll(List.of(conditions));
        return this;
    }

    VisitBuilder therapySoFar(String dollars) {
        yearToDate = Money.parse(dollars);
        return this;
    }

    private VisitBuilder service(Optional<String> code, Optional<String> technique, Integer minutes, List<String> modifiers,
                                 boolean assistant, Optional<String> description, String... regions) {
        services.add(new Service(code, technique, minutes == null ? OptionalInt.empty() : OptionalInt.of(minutes),
                regions(regions), modifiers, assistant, description));
        return this;
    }

    Visit build() {
        if (diagnoses.isEmpty()) {
            diagnosis("M62.830", "lumbar");
        }
        Documentation documentation = new Documentation(referral, rationale, necessity, active, abn,
                Optional.ofNullable(yearToDate));
        return new Visit(date, billed != null ? billed : rules.payers().find(payer).orElseThrow(),
                new Provider(provider, Optional.empty(), Optional.ofNullable(employer)), diagnoses, services, documentation,
                Optional.ofNullable(patient));
    }

    private List<BodyRegion> regions(String... ids) {
        return Arrays.stream(ids).map(id -> rules.regions().find(id).orElseThrow()).toList();
    }
}

package dev.cleanclaim.app.reports;

import dev.cleanclaim.app.contract.PracticeReader;
import dev.cleanclaim.app.testing.HandSetClock;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.ClaimView;
import dev.cleanclaim.app.workspace.StoredVisit;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.patient.Person;
import dev.cleanclaim.core.patient.Relationship;
import dev.cleanclaim.core.patient.Sex;
import dev.cleanclaim.core.practice.Address;
import dev.cleanclaim.core.practice.ReferringProvider;
import dev.cleanclaim.core.referral.Referral;
import dev.cleanclaim.core.remit.Adjustment;
import dev.cleanclaim.core.remit.AdjustmentGroup;
import dev.cleanclaim.core.remit.ClaimPayment;
import dev.cleanclaim.core.remit.ClaimPaymentStatus;
import dev.cleanclaim.core.remit.Remittance;
import dev.cleanclaim.core.remit.ServicePayment;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.rules.BuiltInRuleData;
import dev.cleanclaim.store.ClaimRecord;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.DatabaseSettings;
import dev.cleanclaim.store.PatientRecord;
import dev.cleanclaim.store.Stored;
import dev.cleanclaim.store.UserRole;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A workspace for report tests: the demo practice's providers and payers but none of its patients or claims, so a
 * report adds up only what the test made. Claims are made from visits as the app makes them, sent on the day a
 * test names, and paid or denied by remittances posted as an 835 import posts them.
 */
final class ReportFixture implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    static final String PARK = "1558598797";
    static final String REYES = "1000000004";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static RuleData rules;

    final HandSetClock clock = new HandSetClock(NOW);
    final Database database;
    final Workspace workspace;
    final Actor biller = new Actor(2, "biller", UserRole.BILLER, Optional.empty(), "10.0.0.2");
    final Reports reports;

    ReportFixture() {
        if (rules == null) {
            rules = BuiltInRuleData.load();
        }
        database = Database.open(DatabaseSettings.inMemory("reports-" + NEXT.incrementAndGet()), clock);
        database.practices().create(new PracticeReader(rules).read("practice.yaml", demo("practice.yaml")));
        workspace = Workspace.open(database, rules, clock);
        reports = new Reports(workspace);
    }

    long providerId(String npi) {
        return workspace.providers().stream().filter(provider -> provider.value().npi().equals(npi)).findFirst()
                .orElseThrow().id();
    }

    Actor therapist(String npi) {
        return new Actor(3, "therapist", UserRole.THERAPIST, Optional.of(providerId(npi)), "10.0.0.3");
    }

    long patient(String lastName, String payer, String therapistNpi) {
        Address home = new Address("42 NE Alberta St", Optional.empty(), "Portland", "OR", "97211");
        Patient patient = new Patient(new Person("Rae", lastName, LocalDate.of(1980, 4, 2), Sex.F, home),
                "R" + NEXT.incrementAndGet(), Optional.of("XYZ" + (100000000 + NEXT.incrementAndGet())),
                Optional.of("GRP-1"), Relationship.SELF, Optional.empty(), Optional.empty());
        long practiceId = database.practices().firstId().orElseThrow();
        long id = workspace.patients().create(biller, new PatientRecord(practiceId, patient, Optional.of(payer),
                Optional.of(providerId(therapistNpi)))).id();
        workspace.patients().addReferral(biller, id, new Referral(new ReferringProvider("Ruth", "Adams", "1564738296",
                Optional.empty()), LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), 500, 0));
        return id;
    }

    /** A physical therapist's visit (Park) with the services given, e.g. {@code timed("97110", 38)}. */
    StoredVisit ptVisit(long patientId, LocalDate date, String payer, String... services) {
        return workspace.visits().create(biller, patientId, """
                {"dateOfService": "%s", "payer": "%s", "provider": {"type": "PT", "npi": "%s"},
                 "diagnoses": [{"code": "M54.50", "regions": ["lumbar"]}],
                 "services": [%s],
                 "documentation": {"clinicalRationale": true}}""".formatted(date, payer, PARK, String.join(", ", services)));
    }

    /** A chiropractor's visit (Reyes): spinal manipulation of the neck and the services given. */
    StoredVisit chiroVisit(long patientId, LocalDate date, String... services) {
        String more = services.length == 0 ? "" : ", " + String.join(", ", services);
        return workspace.visits().create(biller, patientId, """
                {"dateOfService": "%s", "payer": "commercial", "provider": {"type": "DC", "npi": "%s"},
                 "diagnoses": [{"code": "M99.01", "regions": ["cervical"]}],
                 "services": [{"code": "98940", "regions": ["cervical"]}%s],
                 "documentation": {"referral": true, "clinicalRationale": true, "activeTreatment": true}}"""
                .formatted(date, REYES, more));
    }

    static String timed(String code, int minutes) {
        return "{\"code\": \"" + code + "\", \"minutes\": " + minutes + ", \"regions\": [\"lumbar\"]}";
    }

    ClaimView claim(StoredVisit visit) {
        return workspace.claims().create(biller, visit.id());
    }

    /** Sends the claim on the day given (at noon UTC), then brings the clock back to today. */
    ClaimView sendOn(ClaimView claim, LocalDate day) {
        clock.set(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
        try {
            return workspace.claims().move(biller, claim.claim().id(), claim.claim().version(), ClaimStatus.SUBMITTED,
                    Optional.of("sent"));
        } finally {
            clock.set(NOW);
        }
    }

    /** Posts one 835 payment with these claim payments, as the remittance import does. */
    void post(ClaimPayment... payments) {
        Money total = List.of(payments).stream().map(ClaimPayment::paid).reduce(Money.ZERO, Money::plus);
        Remittance remittance = new Remittance("T" + NEXT.incrementAndGet(), total, "ACH", TODAY, "EXAMPLE PLAN",
                "EXC01", "RIVERSIDE", "1234567893", List.of(payments), List.of());
        workspace.remittances().post(biller, "era-" + remittance.traceNumber() + ".835", List.of(remittance), List.of());
    }

    /** The payer's answer to a claim, with claim-level adjustments and service lines as given. */
    static ClaimPayment payment(ClaimView claim, ClaimPaymentStatus status, String paid, String patient,
                                List<Adjustment> adjustments, ServicePayment... lines) {
        ClaimRecord record = claim.claim().value();
        return new ClaimPayment(record.patientControlNumber(), status, record.totalCharge(), Money.parse(paid),
                Money.parse(patient), Optional.of("PAYER-" + claim.claim().id()), Optional.empty(), adjustments,
                List.of(), List.of(lines));
    }

    static ServicePayment line(String code, String charge, String paid, Adjustment... adjustments) {
        return new ServicePayment(code, List.of(), Money.parse(charge), Money.parse(paid), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(adjustments), List.of());
    }

    static Adjustment adjustment(AdjustmentGroup group, String reason, String amount) {
        return new Adjustment(group, reason, Money.parse(amount), Optional.empty());
    }

    Stored<ClaimRecord> stored(ClaimView claim) {
        return database.claims().find(claim.claim().id()).orElseThrow();
    }

    @Override
    public void close() {
        database.close();
    }

    private static String demo(String name) {
        try (InputStream in = ReportFixture.class.getResourceAsStream("/dev/cleanclaim/app/demo/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

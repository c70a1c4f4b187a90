package dev.cleanclaim.app.workspace;

import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.rules.BuiltInRuleData;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.DatabaseSettings;
import dev.cleanclaim.store.PatientRecord;
import dev.cleanclaim.store.Stored;
import dev.cleanclaim.store.UserRole;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A workspace over a fresh in-memory H2 database seeded with the demo practice, on the tests' fixed clock
 * (2026-11-23): what the workspace tests start from. Close it after each test.
 */
final class DemoWorkspace implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    static final Actor BILLER = new Actor(2, "biller", UserRole.BILLER, Optional.empty(), "10.0.0.2");
    private static final RuleData RULES = BuiltInRuleData.load();
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Database database;
    private final Workspace workspace;

    DemoWorkspace(String name) {
        database = Database.open(DatabaseSettings.inMemory(name + "-" + DATABASES.incrementAndGet()), CLOCK);
        DemoPractice.seedIfEmpty(database, RULES, CLOCK);
        workspace = Workspace.open(database, RULES, CLOCK);
    }

    static RuleData rules() {
        return RULES;
    }

    Database database() {
        return database;
    }

    Workspace workspace() {
        return workspace;
    }

    /** The demo therapist of that last name, signed in as a therapist sees only their own patients. */
    Actor therapist(String lastName) {
        long providerId = providerId(lastName);
        return new Actor(3, lastName.toLowerCase(), UserRole.THERAPIST, Optional.of(providerId), "10.0.0.3");
    }

    /** The first demo patient whose therapist has that last name. */
    Stored<PatientRecord> patientOf(String lastName) {
        long providerId = providerId(lastName);
        return workspace.patients().list(BILLER).stream()
                .filter(patient -> patient.value().therapistId().equals(Optional.of(providerId))).findFirst().orElseThrow();
    }

    /**
     * A chiropractic visit with manual therapy to the low back for the first commercial patient, billed as a ready
     * claim: what tests send, acknowledge and correct. Returns the claim's id.
     */
    long readyCommercialClaim(String dateOfService) {
        Stored<PatientRecord> patient = workspace.patients().list(BILLER).stream()
                .filter(candidate -> candidate.value().payerId().equals(Optional.of("commercial"))).findFirst().orElseThrow();
        StoredVisit visit = workspace.visits().create(BILLER, patient.id(), """
                {"dateOfService": "%s", "payer": "commercial", "provider": {"type": "DC", "npi": "1000000004"},
                 "diagnoses": [{"code": "M54.50", "regions": ["lumbar"]}],
                 "services": [{"code": "97140", "minutes": 23, "regions": ["lumbar"]}],
                 "documentation": {"referral": true, "clinicalRationale": true}}""".formatted(dateOfService));
        ClaimView claim = workspace.claims().create(BILLER, visit.id());
        if (claim.claim().value().status() != dev.cleanclaim.core.lifecycle.ClaimStatus.READY) {
            throw new AssertionError("the sample claim is not ready: " + visit.claim().findings());
        }
        return claim.claim().id();
    }

    /** The therapist of the claim's patient, signed in as such. */
    Actor therapistOfClaim(long claimId) {
        long patientId = database.claims().find(claimId).orElseThrow().value().patientId();
        long providerId = workspace.patients().get(BILLER, patientId).value().therapistId().orElseThrow();
        return therapist(workspace.providers().stream().filter(provider -> provider.id() == providerId).findFirst()
                .orElseThrow().value().lastName());
    }

    private long providerId(String lastName) {
        return workspace.providers().stream().filter(provider -> provider.value().lastName().equals(lastName))
                .findFirst().orElseThrow().id();
    }

    @Override
    public void close() {
        database.close();
    }
}

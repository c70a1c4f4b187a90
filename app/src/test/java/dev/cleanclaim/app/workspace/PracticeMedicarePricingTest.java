package dev.cleanclaim.app.workspace;

import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.rules.BuiltInRuleData;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.DatabaseSettings;
import dev.cleanclaim.store.Stored;
import dev.cleanclaim.store.UserRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The practice's Medicare locality and APM status price its Medicare visits, on a fresh H2 database with the demo
 * practice (which sets neither) and one of its Original Medicare patients. 97110 in 2026, per unit:
 * national (0.45 + 0.41 + 0.01) x 33.4009 = 29.06; Portland 02302-01 (0.45x1.016 + 0.41x1.111 + 0.01x0.744 =
 * 0.92015) x 33.4009 = 30.73, and x 33.5675 (qualifying APM participant) = 30.89.
 */
class PracticeMedicarePricingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    private static final String VISIT = """
            {"dateOfService": "2026-11-02", "payer": "medicare", "provider": {"type": "PT", "npi": "1558598797"},
             "diagnoses": [{"code": "M54.50", "regions": ["lumbar"]}],
             "services": [{"code": "97110", "minutes": 30, "regions": ["lumbar"]}],
             "documentation": {"clinicalRationale": true}}""";
    private static RuleData rules;
    private static int databases;

    private final Database database = Database.open(DatabaseSettings.inMemory("pricing-" + (++databases)), CLOCK);
    private final Workspace workspace;
    private final Actor admin = new Actor(1, "admin", UserRole.ADMIN, Optional.empty(), "10.0.0.1");
    private final long patientId;

    @BeforeAll
    static void loadRules() {
        rules = BuiltInRuleData.load();
    }

    PracticeMedicarePricingTest() {
        DemoPractice.seedIfEmpty(database, rules, CLOCK);
        workspace = Workspace.open(database, rules, CLOCK);
        patientId = workspace.patients().list(admin).stream()
                .filter(patient -> patient.value().payerId().equals(Optional.of("medicare"))).findFirst()
                .map(Stored::id).orElseThrow();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void set(Optional<String> locality, boolean qualifyingApm) {
        Stored<Practice> read = workspace.admin().practice();
        Practice p = read.value();
        workspace.admin().updatePractice(admin, read.version(), new Practice(p.billing(), p.payTo(), p.clearinghouse(),
                p.placeOfService(), locality, qualifyingApm, p.test(), p.providers(), p.payers()));
    }

    private Optional<Money> allowed() {
        ClaimDraft claim = workspace.visits().preview(admin, patientId, VISIT);
        return claim.lines().stream().filter(line -> line.code().equals("97110")).findFirst().flatMap(ClaimLine::allowed);
    }

    @Test
    void aPracticeWithoutALocalityIsPricedNationallyAndItsChecklistSaysWhereToSetOne() {
        assertThat(allowed()).contains(Money.parse("58.12"));
        assertThat(workspace.admin().readiness()).extracting(Readiness.Missing::fileKey).contains("medicareLocality");
    }

    @Test
    void aPracticeInPortlandIsPricedAtPortlandsAmountsFromItsNextVisitOn() {
        set(Optional.of("02302-01"), false);

        assertThat(allowed()).contains(Money.parse("61.46"));
        assertThat(workspace.admin().readiness()).extracting(Readiness.Missing::fileKey).doesNotContain("medicareLocality");
    }

    @Test
    void aQualifyingApmParticipantIsPricedAtItsOwnConversionFactor() {
        set(Optional.of("02302-01"), true);

        assertThat(allowed()).contains(Money.parse("61.78"));
    }

    @Test
    void theSettingsSurviveTheStore() {
        set(Optional.of("02302-01"), true);

        Practice stored = workspace.admin().practice().value();
        assertThat(stored.medicareLocality()).contains("02302-01");
        assertThat(stored.medicareQualifyingApm()).isTrue();
    }
}

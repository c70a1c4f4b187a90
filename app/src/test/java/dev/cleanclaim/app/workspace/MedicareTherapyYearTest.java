package dev.cleanclaim.app.workspace;

import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.therapy.TherapyYearToDate;
import dev.cleanclaim.rules.BuiltInRuleData;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.DatabaseSettings;
import dev.cleanclaim.store.PatientRecord;
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
 * The KX threshold from stored claims, on a fresh H2 database with the demo practice and a new Original Medicare
 * patient of the physical therapist. The demo practice sets no Medicare locality, so in 2026 Medicare allows the
 * national amounts (RVU26C x 33.4009): 97110 $29.06 a unit and 97112 $32.73, and a visit of 90 minutes of 97110 and
 * 60 of 97112 (6 + 4 units) counts $305.28.
 */
class MedicareTherapyYearTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    private static final String LONG_VISIT = "{\"code\": \"97110\", \"minutes\": 90, \"regions\": [\"lumbar\"]},"
            + " {\"code\": \"97112\", \"minutes\": 60, \"regions\": [\"lumbar\"]}";
    private static RuleData rules;
    private static int databases;

    private final Database database = Database.open(DatabaseSettings.inMemory("kx-" + (++databases)), CLOCK);
    private final Workspace workspace;
    private final Actor biller = new Actor(2, "biller", UserRole.BILLER, Optional.empty(), "10.0.0.2");
    private final long patientId;

    @BeforeAll
    static void loadRules() {
        rules = BuiltInRuleData.load();
    }

    MedicareTherapyYearTest() {
        DemoPractice.seedIfEmpty(database, rules, CLOCK);
        workspace = Workspace.open(database, rules, CLOCK);
        Stored<PatientRecord> demo = workspace.patients().list(biller).stream()
                .filter(patient -> patient.value().payerId().equals(Optional.of("medicare"))).findFirst().orElseThrow();
        Patient like = demo.value().patient();
        patientId = workspace.patients().create(biller, new PatientRecord(demo.value().practiceId(), new Patient(
                like.person(), "KX-1", like.memberId(), like.groupNumber(), like.relationship(), like.subscriber(),
                Optional.empty()), Optional.of("medicare"), demo.value().therapistId())).id();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static String visitJson(String date, String services) {
        return """
                {"dateOfService": "%s", "payer": "medicare", "provider": {"type": "PT", "npi": "1558598797"},
                 "diagnoses": [{"code": "M54.50", "regions": ["lumbar"]}],
                 "services": [%s],
                 "documentation": {"clinicalRationale": true}}""".formatted(date, services);
    }

    private StoredVisit billed(String date, String services) {
        StoredVisit visit = workspace.visits().create(biller, patientId, visitJson(date, services));
        workspace.claims().create(biller, visit.id());
        return visit;
    }

    private static Finding kx(ClaimDraft claim) {
        return claim.findings().stream().filter(finding -> finding.rule().equals("modifier.kx")).findFirst()
                .orElseThrow(() -> new AssertionError("no modifier.kx finding in " + claim.findings()));
    }

    private static ClaimLine line(ClaimDraft claim, String code) {
        return claim.lines().stream().filter(line -> line.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void the_visit_that_takes_the_years_stored_claims_over_the_threshold_gets_kx_and_a_claim_of_last_year_does_not_count() {
        billed("2025-12-10", LONG_VISIT);
        for (int month = 1; month <= 7; month++) {
            billed("2026-0" + month + "-06", LONG_VISIT);
        }
        billed("2026-08-04", "{\"code\": \"97110\", \"minutes\": 60, \"regions\": [\"lumbar\"]},"
                + " {\"code\": \"97112\", \"minutes\": 45, \"regions\": [\"lumbar\"]}");

        String september = visitJson("2026-09-01", "{\"code\": \"97110\", \"minutes\": 60, \"regions\": [\"lumbar\"]},"
                + " {\"code\": \"97112\", \"minutes\": 30, \"regions\": [\"lumbar\"]}");

        ClaimDraft next = workspace.visits().preview(biller, patientId, september);

        assertThat(line(next, "97110").modifiers()).containsExactly("GP", "KX");
        assertThat(line(next, "97112").modifiers()).containsExactly("GP", "KX");
        String expected = "Appended KX to the PT/SLP lines: $2351.39 so far in 2026 from stored claims and $181.70 on"
                + " this visit make $2533.09, over the 2026 threshold of $2480.00.";
        assertThat(kx(next).message()).isEqualTo(expected);
        StoredVisit saved = workspace.visits().create(biller, patientId, september);
        ClaimView claim = workspace.claims().create(biller, saved.id());
        assertThat(kx(workspace.visits().get(biller, saved.id()).claim()).message())
                .as("scrubbed again once its claim is stored, the visit does not count itself").isEqualTo(expected);
        assertThat(claim.claim().value().draft().lines()).anySatisfy(line -> assertThat(line.modifiers()).contains("KX"));
    }

    @Test
    void a_stored_visit_scrubbed_again_does_not_count_its_own_claim_nor_those_of_later_visits() {
        StoredVisit first = billed("2026-03-02", LONG_VISIT);
        StoredVisit second = billed("2026-03-09", LONG_VISIT);
        billed("2026-03-16", LONG_VISIT);

        assertThat(kx(workspace.visits().get(biller, first.id()).claim()).message())
                .startsWith("No KX on the PT/SLP lines yet: $0.00 so far in 2026 from stored claims and $305.28 on this visit");
        assertThat(kx(workspace.visits().get(biller, second.id()).claim()).message())
                .startsWith("No KX on the PT/SLP lines yet: $305.28 so far in 2026 from stored claims and $305.28 on this visit");
    }

    @Test
    void a_denied_claim_does_not_count_and_a_payer_without_the_threshold_is_not_tracked() {
        StoredVisit denied = billed("2026-03-02", LONG_VISIT);
        ClaimView claim = workspace.claims().forPatient(biller, patientId).stream()
                .filter(stored -> stored.value().visitId() == denied.id()).findFirst()
                .map(stored -> workspace.claims().get(biller, stored.id())).orElseThrow();
        assertThat(claim.claim().value().status()).isEqualTo(ClaimStatus.READY);
        ClaimView sent = workspace.claims().move(biller, claim.claim().id(), claim.claim().version(), ClaimStatus.SUBMITTED,
                Optional.empty());
        workspace.claims().move(biller, sent.claim().id(), sent.claim().version(), ClaimStatus.DENIED, Optional.of("denial letter received by mail"));

        ClaimDraft next = workspace.visits().preview(biller, patientId, visitJson("2026-03-09", LONG_VISIT));
        ClaimDraft commercial = workspace.visits().preview(biller, patientId,
                visitJson("2026-03-09", LONG_VISIT).replace("\"medicare\"", "\"commercial\""));

        assertThat(kx(next).message()).contains("$0.00 so far in 2026 from stored claims");
        assertThat(commercial.findings()).noneMatch(finding -> finding.rule().equals("modifier.kx"));
    }

    @Test
    void the_patients_year_adds_up_every_counted_claim_of_the_year_against_its_threshold() {
        billed("2025-12-10", LONG_VISIT);
        billed("2026-03-02", LONG_VISIT);
        billed("2026-03-09", LONG_VISIT);
        Stored<PatientRecord> patient = workspace.patients().get(biller, patientId);

        assertThat(workspace.therapy().year(patient.value().payerId(), 2026, workspace.claims().forPatient(biller, patientId)))
                .hasValue(new TherapyHistory.Standing(new TherapyYearToDate(2026, Money.parse("610.56"), Money.ZERO),
                        Money.parse("2480.00")));
        assertThat(workspace.therapy().year(Optional.of("commercial"), 2026, workspace.claims().forPatient(biller, patientId)))
                .isEmpty();
    }
}

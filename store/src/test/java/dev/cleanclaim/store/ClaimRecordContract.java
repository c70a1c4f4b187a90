package dev.cleanclaim.store;

import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.claim.Remedy;
import dev.cleanclaim.core.claim.Severity;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.units.UnitMethod;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The scrubbed claim as a record the store owns, on every database: its lines, diagnoses and findings are rows that
 * read back exactly as they were written, a revision replaces them, reports sum the lines in SQL, and claims stored
 * as JSON before the record are turned into rows by the upgrade.
 */
abstract class ClaimRecordContract {

    abstract Database database();

    /** A database of its own with nothing in it, not even the schema. */
    abstract DatabaseSettings emptyDatabase();

    private long patientId;
    private long visitId;

    @BeforeEach
    void aPatientWithAVisit() {
        long practiceId = database().practices().create(Samples.practice());
        long providerId = database().practices().providers(practiceId).get(0).id();
        patientId = database().patients().create(new PatientRecord(practiceId, Samples.patient("Moss"),
                Optional.of("commercial"), Optional.of(providerId)), Samples.AUDIT).id();
        visitId = database().visits().create(new VisitRecord(patientId, providerId, LocalDate.of(2026, 9, 14), "commercial",
                "{\"dateOfService\":\"2026-09-14\"}"), Samples.AUDIT).id();
    }

    private ClaimRecord claim(ClaimDraft draft, ClaimStatus status) {
        return new ClaimRecord(visitId, patientId, status, "CR" + System.nanoTime(), draft);
    }

    @Test
    void a_claim_reads_back_with_its_lines_modifiers_in_order_diagnoses_and_findings_with_their_remedies() {
        ClaimDraft draft = Samples.fullDraft("commercial", LocalDate.of(2026, 9, 14));
        Stored<ClaimRecord> created = database().claims().create(claim(draft, ClaimStatus.DRAFT), "biller");

        ClaimRecord read = database().claims().find(created.id()).orElseThrow().value();

        assertThat(read).isEqualTo(created.value());
        assertThat(read.draft()).isEqualTo(draft);
        assertThat(read.draft().lines()).extracting(ClaimLine::modifiers)
                .containsExactly(List.of("AT", "GP"), List.of("XS", "GP", "KX"), List.of());
        assertThat(read.draft().findings()).extracting(Finding::remedy).containsExactly(
                Optional.of(new Remedy.AddDiagnosis("M25.512", "left-shoulder")),
                Optional.of(new Remedy.AppendModifier("97140", "59")), Optional.of(new Remedy.DropService("97112")),
                Optional.empty());
        assertThat(read.totalCharge()).isEqualTo(Money.parse("155.00"));
    }

    @Test
    void a_claim_of_many_is_read_with_its_own_lines_and_a_list_reads_no_lines() {
        ClaimDraft full = Samples.fullDraft("commercial", LocalDate.of(2026, 9, 14));
        ClaimDraft empty = Samples.emptyDraft("commercial", LocalDate.of(2026, 9, 14));
        Stored<ClaimRecord> first = database().claims().create(claim(full, ClaimStatus.READY), "biller");
        Stored<ClaimRecord> second = database().claims().create(claim(empty, ClaimStatus.READY), "biller");

        assertThat(database().claims().forVisit(visitId)).extracting(claim -> claim.value().draft())
                .containsExactly(full, empty);
        assertThat(database().claims().findByControlNumbers(List.of(first.value().patientControlNumber(),
                second.value().patientControlNumber())).get(first.value().patientControlNumber()).value().draft())
                .isEqualTo(full);
        assertThat(database().claims().list(new ClaimFilter(Optional.empty(), Optional.of("commercial"),
                Optional.of(LocalDate.of(2026, 9, 14)), Optional.of(LocalDate.of(2026, 9, 14)), 10)))
                .extracting(Stored::value).contains(first.value().summary(), second.value().summary());
    }

    @Test
    void a_finding_of_a_severity_the_store_does_not_know_is_refused_when_read_never_guessed() {
        Stored<ClaimRecord> created = database().claims().create(
                claim(Samples.fullDraft("commercial", LocalDate.of(2026, 9, 14)), ClaimStatus.DRAFT), "biller");
        database().jdbi().useHandle(handle -> handle.createUpdate(
                "UPDATE claim_finding SET severity = 'fatal' WHERE claim_id = :id AND position = 2").bind("id", created.id())
                .execute());

        assertThatThrownBy(() -> database().claims().find(created.id())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("severity \"fatal\"");
    }

    @Test
    void a_secondary_claim_keeps_the_payer_its_lines_were_scrubbed_for() {
        ClaimDraft primary = Samples.fullDraft("commercial", LocalDate.of(2026, 9, 14));
        Stored<ClaimRecord> secondary = database().claims().create(new ClaimRecord(visitId, patientId, "medicare",
                ClaimStatus.DRAFT, "CS" + System.nanoTime(), primary.totalCharge(), primary), "biller");

        ClaimRecord read = database().claims().find(secondary.id()).orElseThrow().value();

        assertThat(read.payerId()).isEqualTo("medicare");
        assertThat(read.draft().payerId()).isEqualTo("commercial");
    }

    @Test
    void a_revision_replaces_the_lines_diagnoses_and_findings_and_the_history_keeps_the_version_before() {
        ClaimDraft before = Samples.fullDraft("commercial", LocalDate.of(2026, 9, 14));
        Stored<ClaimRecord> created = database().claims().create(claim(before, ClaimStatus.SCRUBBED), "biller");
        ClaimDraft after = new ClaimDraft(before.dateOfService(), "commercial", UnitMethod.MEDICARE, 23, 2,
                List.of("M54.50"), List.of(new ClaimLine("97110", List.of("GP"), 2, OptionalInt.of(23), List.of("A"),
                Optional.of(Money.parse("80.00")), Optional.empty(), Optional.empty())), List.of(), "builtin-2026.4");
        ClaimRecord revised = new ClaimRecord(visitId, patientId, ClaimStatus.READY, created.value().patientControlNumber(),
                after);

        Update<ClaimRecord> update = database().claims().revise(created.id(), created.version(), revised,
                new MadeWith("{\"practice\":2}", Optional.of("{\"patient\":2}")), Samples.AUDIT, "re-scrubbed");

        assertThat(update).isInstanceOf(Update.Saved.class);
        Stored<ClaimRecord> read = database().claims().find(created.id()).orElseThrow();
        assertThat(read.value()).isEqualTo(revised);
        assertThat(read.value().ruleDataVersion()).isEqualTo("builtin-2026.4");
        assertThat(database().claims().patientFacts(created.id())).contains("{\"patient\":2}");
        assertThat(database().claims().history(created.id())).extracting(event -> event.body().orElseThrow())
                .satisfiesExactly(made -> assertThat(made).contains("\"98941\"", "\"M99.03\"", "cmt.region"),
                        again -> assertThat(again).contains("\"97110\"").doesNotContain("98941"));
    }

    @Test
    void a_claim_keeps_the_patient_it_was_made_with_and_a_move_changes_no_contents() {
        Stored<ClaimRecord> created = database().claims().create(claim(Samples.fullDraft("commercial",
                        LocalDate.of(2026, 9, 14)), ClaimStatus.DRAFT), new MadeWith("{}", Optional.of("{\"as\":\"sent\"}")),
                List.of(new StatusStep(ClaimStatus.SCRUBBED, "scrubbed")), Optional.empty(), Samples.AUDIT);

        assertThat(database().claims().patientFacts(created.id())).contains("{\"as\":\"sent\"}");
        assertThat(database().claims().history(created.id())).extracting(event -> event.body().isPresent())
                .containsExactly(true, false);
    }

    @Test
    void the_units_and_charges_per_code_are_summed_from_the_claim_lines_by_sql() {
        LocalDate day = LocalDate.of(2033, 4, 5);
        ClaimDraft full = Samples.fullDraft("commercial", day);
        Stored<ClaimRecord> sent = database().claims().create(claim(full, ClaimStatus.SUBMITTED), "biller");
        database().claims().create(claim(full, ClaimStatus.SUBMITTED), "biller");
        database().claims().create(claim(full, ClaimStatus.READY), "biller");

        assertThat(database().reports().billedByCode(day, day)).containsExactly(
                new ReportStore.CodeBilled("97139", 2, Money.ZERO),
                new ReportStore.CodeBilled("97140", 4, Money.parse("180.00")),
                new ReportStore.CodeBilled("98941", 2, Money.parse("130.00")));
        assertThat(database().reports().lines(day, day)).filteredOn(line -> line.claimId() == sent.id())
                .extracting(ReportStore.PeriodLine::code, ReportStore.PeriodLine::units, ReportStore.PeriodLine::minutes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("98941", 1, OptionalInt.empty()),
                        org.assertj.core.groups.Tuple.tuple("97140", 2, OptionalInt.of(23)),
                        org.assertj.core.groups.Tuple.tuple("97139", 1, OptionalInt.of(15)));
    }

    @Test
    void a_claim_stored_as_json_before_the_record_becomes_rows_when_the_database_is_upgraded() {
        DatabaseSettings settings = emptyDatabase();
        Flyway.configure().dataSource(settings.url(), settings.user(), settings.password())
                .locations("classpath:db/migration").target("8").load().migrate();
        Jdbi old = Jdbi.create(settings.url(), settings.user(), settings.password());
        // The practice and its provider as the V8 schema holds them: today's practice store writes columns added since.
        long practiceId = old.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO practice (name, npi, tax_id, taxonomy, address_line1, city, state, zip, submitter_name,
                          submitter_id, contact_name, contact_phone, receiver_name, receiver_id, place_of_service)
                        VALUES ('Riverside Chiropractic and Massage LLC', '1234567893', '931234567', '111N00000X',
                          '1 Main St', 'Portland', 'OR', '972011234', 'Riverside', 'RCM0042', 'Jordan Billing',
                          '5035550101', 'Example Clearinghouse', 'CLEARHOUSE01', '11')""")
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        long providerId = old.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO provider (practice_id, first_name, last_name, provider_type, npi, taxonomy)
                        VALUES (:practice, 'Dana', 'Reyes', 'DC', '1000000004', '111N00000X')""")
                .bind("practice", practiceId).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        // The patient and their policy as the V8 schema holds them, for the same reason.
        long patient = old.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO patient (practice_id, account_number, first_name, last_name, birth_date, sex,
                          address_line1, city, state, zip, therapist_id)
                        VALUES (:practice, 'A-VANCE', 'Leo', 'Vance', DATE '1952-09-30', 'M', '42 NE Alberta St',
                          'Portland', 'OR', '97211', :provider)""")
                .bind("practice", practiceId).bind("provider", providerId)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        old.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO insurance (patient_id, priority, payer_id, member_id, relationship)
                        VALUES (:patient, 1, 'commercial', 'BCX555000111', 'SELF')""")
                .bind("patient", patient).execute());
        long visit = new VisitStore(old, StoreContract.CLOCK).create(new VisitRecord(patient, providerId,
                LocalDate.of(2026, 3, 2), "commercial", "{}"), Samples.AUDIT).id();
        long claimId = old.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO claim (visit_id, patient_id, payer_id, date_of_service, status, patient_control_number,
                          total_charge_cents, rule_data_version, body, created_at, updated_at, payer_priority)
                        VALUES (:visit, :patient, 'medicare', DATE '2026-03-02', 'PAID', 'OLD-1', 15500, 'builtin-2025.4',
                          :body, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 2)""")
                .bind("visit", visit).bind("patient", patient).bind("body", OLD_BODY)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());

        try (Database upgraded = Database.open(settings, StoreContract.CLOCK)) {
            ClaimRecord read = upgraded.claims().find(claimId).orElseThrow().value();

            ClaimDraft expected = Samples.fullDraft("commercial", LocalDate.of(2026, 3, 2));
            List<ClaimLine> undescribed = expected.lines().stream().map(line -> new ClaimLine(line.code(),
                    line.modifiers(), line.units(), line.minutes(), line.diagnosisPointers(), line.charge(),
                    line.allowed(), Optional.empty())).toList();
            assertThat(read.payerId()).isEqualTo("medicare");
            assertThat(read.totalCharge()).isEqualTo(Money.parse("155.00"));
            assertThat(read.draft()).as("the JSON never held line descriptions").isEqualTo(new ClaimDraft(
                    expected.dateOfService(), "commercial", UnitMethod.AMA, 38, 3, expected.diagnoses(), undescribed,
                    expected.findings(), "builtin-2025.4"));
            assertThat(upgraded.reports().billedByCode(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2)))
                    .as("a secondary claim is not billed twice").isEmpty();
        }
    }

    /** A claim as the app wrote it before the record (ClaimJson.write of Samples.fullDraft, 2026-03-02). */
    private static final String OLD_BODY = """
            {
              "dateOfService" : "2026-03-02",
              "payer" : "commercial",
              "unitMethod" : "ama",
              "totalTimedMinutes" : 38,
              "totalTimedUnits" : 3,
              "totalCharge" : "155.00",
              "diagnoses" : [ "M99.03", "M54.50", "M25.512" ],
              "lines" : [ {
                "code" : "98941", "modifiers" : [ "AT", "GP" ], "units" : 1, "diagnosisPointers" : [ "A", "B" ],
                "charge" : "65.00", "allowed" : "41.17"
              }, {
                "code" : "97140", "modifiers" : [ "XS", "GP", "KX" ], "units" : 2, "minutes" : 23,
                "diagnosisPointers" : [ "C" ], "charge" : "90.00"
              }, {
                "code" : "97139", "modifiers" : [ ], "units" : 1, "minutes" : 15, "diagnosisPointers" : [ "B", "A" ]
              } ],
              "findings" : [ {
                "rule" : "cmt.region", "severity" : "error", "codes" : [ "98941" ],
                "message" : "3 regions need a diagnosis each", "source" : "CMS Pub 100-02 ch. 15 \\u00a7240.1.2",
                "fix" : "add a diagnosis for the left shoulder",
                "remedy" : { "type" : "add-diagnosis", "code" : "M25.512", "region" : "left-shoulder",
                  "label" : "Add M25.512 for left-shoulder" }
              }, {
                "rule" : "ncci.ptp", "severity" : "warning", "codes" : [ "98941", "97140" ],
                "message" : "bundled unless distinct", "source" : "NCCI PTP 2026Q3",
                "remedy" : { "type" : "append-modifier", "code" : "97140", "modifier" : "59", "label" : "Append 59 to 97140" }
              }, {
                "rule" : "units.dropped", "severity" : "info", "codes" : [ ], "message" : "a code under 8 minutes bills nothing",
                "source" : "AMA CPT", "fix" : "nothing to do",
                "remedy" : { "type" : "drop-service", "code" : "97112", "label" : "Drop 97112" }
              }, {
                "rule" : "doc.plan", "severity" : "warning", "codes" : [ "97140" ], "message" : "no plan of care on file",
                "source" : "CMS Pub 100-02 ch. 15 \\u00a7220.1.2"
              } ],
              "ruleDataVersion" : "builtin-2025.4"
            }""";
}

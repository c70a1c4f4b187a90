package dev.cleanclaim.store;

import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.patient.Coverage;
import dev.cleanclaim.core.patient.MedicareSecondaryType;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.patient.Person;
import dev.cleanclaim.core.patient.Relationship;
import dev.cleanclaim.core.practice.Address;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The history of patients and visits on every database: each answered write adds exactly one history row in its own
 * transaction, a refused or failed write adds none and changes nothing. Each test works in a practice of its own.
 */
abstract class ChangeHistoryContract {

    abstract Database database();

    private long practiceId;
    private long providerId;
    private long otherProviderId;

    @BeforeEach
    void aPracticeWithTwoProviders() {
        practiceId = database().practices().create(Samples.practice());
        providerId = database().practices().providers(practiceId).get(0).id();
        otherProviderId = database().practices().providers(practiceId).get(1).id();
    }

    private static AuditNote by(String user) {
        return new AuditNote(user, Optional.of("10.0.0.7"), "update", Optional.empty());
    }

    private Stored<PatientRecord> aPatient() {
        return database().patients().create(new PatientRecord(practiceId, Samples.patient("Hale"), Optional.of("commercial"),
                Optional.of(providerId)), by("ana"));
    }

    private static PatientRecord movedTo(PatientRecord record, Address address) {
        Person person = record.patient().person();
        Patient patient = record.patient();
        return new PatientRecord(record.practiceId(), new Patient(new Person(person.firstName(), person.lastName(),
                person.birthDate(), person.sex(), address), patient.accountNumber(), patient.memberId(), patient.groupNumber(),
                patient.relationship(), patient.subscriber(), patient.referredBy()), record.payerId(), record.therapistId(),
                record.secondary());
    }

    private static Address salem() {
        return new Address("88 Court St NE", Optional.empty(), "Salem", "OR", "97301");
    }

    @Test
    void a_new_patient_has_one_history_entry_naming_who_created_them_and_every_field_set() {
        Stored<PatientRecord> created = aPatient();

        HistoryPage history = database().history().ofPatient(created.id(), 0, 50);

        assertThat(history.total()).isEqualTo(1);
        assertThat(history.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(ChangeKind.CREATED);
            assertThat(entry.user()).isEqualTo("ana");
            assertThat(entry.version()).isZero();
            assertThat(entry.occurredAt()).isEqualTo(StoreContract.CLOCK.instant());
            assertThat(entry.changes()).contains(new FieldChange("lastName", Optional.empty(), Optional.of("Hale")),
                    new FieldChange("therapist.id", Optional.empty(), Optional.of(Long.toString(providerId))));
        });
    }

    @Test
    void a_patient_address_change_is_kept_with_before_and_after_and_the_user_who_made_it() {
        Stored<PatientRecord> created = aPatient();

        database().patients().update(created.id(), 0, movedTo(created.value(), salem()), by("ben"));

        HistoryPage history = database().history().ofPatient(created.id(), 0, 50);
        assertThat(history.entries()).extracting(HistoryEntry::kind).containsExactly(ChangeKind.UPDATED, ChangeKind.CREATED);
        HistoryEntry change = history.entries().get(0);
        assertThat(change.user()).isEqualTo("ben");
        assertThat(change.version()).isEqualTo(1);
        assertThat(change.changes()).containsExactly(
                new FieldChange("address.line1", Optional.of("42 NE Alberta St"), Optional.of("88 Court St NE")),
                new FieldChange("address.city", Optional.of("Portland"), Optional.of("Salem")),
                new FieldChange("address.zip", Optional.of("97211"), Optional.of("97301")));
    }

    @Test
    void a_patient_change_is_audited_in_the_same_write_naming_the_fields_but_not_their_values() {
        Stored<PatientRecord> created = aPatient();

        database().patients().update(created.id(), 0, movedTo(created.value(), salem()), by("audited-" + practiceId));

        assertThat(database().audit().recent(20)).filteredOn(entry -> entry.user().equals("audited-" + practiceId))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.entity()).isEqualTo("patient");
                    assertThat(entry.entityId()).contains(Long.toString(created.id()));
                    assertThat(entry.detail()).hasValueSatisfying(detail -> assertThat(detail)
                            .contains("address.city").doesNotContain("Salem"));
                });
    }

    @Test
    void a_new_therapist_and_a_second_insurance_show_in_the_patients_history() {
        Stored<PatientRecord> created = aPatient();
        PatientRecord changed = new PatientRecord(practiceId, created.value().patient(), Optional.of("commercial"),
                Optional.of(otherProviderId), Optional.of(Samples.secondary("bcbs", "RBX300")));

        database().patients().update(created.id(), 0, changed, by("ana"));

        assertThat(database().history().ofPatient(created.id(), 0, 1).entries().get(0).changes())
                .contains(new FieldChange("therapist.id", Optional.of(Long.toString(providerId)),
                                Optional.of(Long.toString(otherProviderId))),
                        new FieldChange("secondaryInsurance.payer", Optional.empty(), Optional.of("bcbs")),
                        new FieldChange("secondaryInsurance.memberId", Optional.empty(), Optional.of("RBX300")));
    }

    @Test
    void why_medicare_pays_second_is_kept_with_the_second_policy_read_back_and_in_the_history() {
        Stored<PatientRecord> created = aPatient();
        Coverage medicare = new Coverage("medicare", "1EG4TE5MK73", Optional.empty(), Relationship.SELF, Optional.empty(),
                Optional.of(MedicareSecondaryType.WORKING_AGED));
        PatientRecord changed = new PatientRecord(practiceId, created.value().patient(), Optional.of("commercial"),
                Optional.of(providerId), Optional.of(medicare));

        database().patients().update(created.id(), 0, changed, by("ana"));

        assertThat(database().patients().find(created.id()).orElseThrow().value().secondary())
                .hasValueSatisfying(second -> assertThat(second.medicareSecondary()).contains(MedicareSecondaryType.WORKING_AGED));
        assertThat(database().history().ofPatient(created.id(), 0, 1).entries().get(0).changes())
                .contains(new FieldChange("secondaryInsurance.medicareSecondaryPayerType", Optional.empty(), Optional.of("12")));
    }

    @Test
    void a_member_id_that_looks_like_an_ssn_is_kept_masked_in_the_history() {
        Stored<PatientRecord> created = aPatient();
        PatientRecord withSsn = new PatientRecord(practiceId, created.value().patient(), Optional.of("commercial"),
                Optional.of(providerId), Optional.of(Samples.secondary("bcbs", "123-45-6789")));

        database().patients().update(created.id(), 0, withSsn, by("ana"));

        HistoryEntry change = database().history().ofPatient(created.id(), 0, 1).entries().get(0);
        assertThat(change.changes()).contains(new FieldChange("secondaryInsurance.memberId", Optional.empty(),
                Optional.of("***-**-6789")));
        assertThat(change.changes().toString()).doesNotContain("123-45");
    }

    @Test
    void a_save_refused_for_a_stale_version_adds_no_history_row() {
        Stored<PatientRecord> created = aPatient();
        database().patients().update(created.id(), 0, movedTo(created.value(), salem()), by("ana"));

        Update<PatientRecord> late = database().patients().update(created.id(), 0, created.value(), by("ben"));

        assertThat(late).isInstanceOf(Update.Conflict.class);
        assertThat(database().history().ofPatient(created.id(), 0, 50).total()).isEqualTo(2);
    }

    @Test
    void a_change_whose_history_row_cannot_be_written_is_not_saved_either() {
        Stored<PatientRecord> created = aPatient();
        AuditNote tooLong = by("u".repeat(61));

        assertThatThrownBy(() -> database().patients().update(created.id(), 0, movedTo(created.value(), salem()), tooLong))
                .isInstanceOf(IllegalArgumentException.class);

        Stored<PatientRecord> kept = database().patients().find(created.id()).orElseThrow();
        assertThat(kept.version()).isZero();
        assertThat(kept.value().patient().person().address().city()).isEqualTo("Portland");
        assertThat(database().history().ofPatient(created.id(), 0, 50).total()).isEqualTo(1);
    }

    @Test
    void a_visit_edit_is_kept_field_by_field_and_the_history_reads_newest_first_a_page_at_a_time() {
        long patientId = aPatient().id();
        String first = "{\"dateOfService\":\"2026-07-08\",\"services\":[{\"code\":\"97110\",\"minutes\":15}]}";
        String second = "{\"dateOfService\":\"2026-07-08\",\"services\":[{\"code\":\"97110\",\"minutes\":23}]}";
        String third = "{\"dateOfService\":\"2026-07-08\",\"services\":[{\"code\":\"97110\",\"minutes\":23},{\"code\":\"97140\",\"minutes\":8}]}";
        long visitId = database().visits().create(visit(patientId, first), by("ana")).id();
        database().visits().update(visitId, 0, visit(patientId, second), by("ben"));
        database().visits().update(visitId, 1, visit(patientId, third), by("cy"));

        HistoryPage newest = database().history().ofVisit(visitId, 0, 2);
        HistoryPage oldest = database().history().ofVisit(visitId, 2, 2);

        assertThat(newest.total()).isEqualTo(3);
        assertThat(newest.hasOlder()).isTrue();
        assertThat(newest.entries()).extracting(HistoryEntry::user).containsExactly("cy", "ben");
        assertThat(newest.entries().get(1).changes()).containsExactly(
                new FieldChange("services[0].minutes", Optional.of("15"), Optional.of("23")));
        assertThat(newest.entries().get(0).changes()).containsExactly(
                new FieldChange("services[1].code", Optional.empty(), Optional.of("97140")),
                new FieldChange("services[1].minutes", Optional.empty(), Optional.of("8")));
        assertThat(oldest.entries()).singleElement().satisfies(created -> {
            assertThat(created.kind()).isEqualTo(ChangeKind.CREATED);
            assertThat(created.user()).isEqualTo("ana");
        });
        assertThat(oldest.hasOlder()).isFalse();
    }

    @Test
    void a_page_outside_the_bounds_is_refused_naming_the_bounds() {
        assertThatThrownBy(() -> database().history().ofVisit(1, -1, 10)).hasMessageContaining("offset -1");
        assertThatThrownBy(() -> database().history().ofVisit(1, 0, ChangeHistory.MOST_PER_PAGE + 1))
                .hasMessageContaining("1 to " + ChangeHistory.MOST_PER_PAGE);
    }

    @Test
    void the_claims_of_a_visit_are_found_by_the_visit() {
        long patientId = aPatient().id();
        long visitId = database().visits().create(visit(patientId, "{}"), by("ana")).id();
        long otherVisit = database().visits().create(visit(patientId, "{}"), by("ana")).id();
        Stored<ClaimRecord> claim = database().claims().create(Samples.claim(visitId, patientId, "commercial",
                LocalDate.of(2026, 7, 8), ClaimStatus.READY), "ana");
        database().claims().create(Samples.claim(otherVisit, patientId, "commercial", LocalDate.of(2026, 7, 8),
                ClaimStatus.READY), "ana");

        assertThat(database().claims().forVisit(visitId)).extracting(Stored::id).containsExactly(claim.id());
    }

    private VisitRecord visit(long patientId, String body) {
        return new VisitRecord(patientId, providerId, LocalDate.of(2026, 7, 8), "commercial", body);
    }
}

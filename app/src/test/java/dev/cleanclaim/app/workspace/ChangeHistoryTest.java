package dev.cleanclaim.app.workspace;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.patient.Person;
import dev.cleanclaim.core.practice.Address;
import dev.cleanclaim.store.ChangeKind;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.FieldChange;
import dev.cleanclaim.store.HistoryEntry;
import dev.cleanclaim.store.PatientRecord;
import dev.cleanclaim.store.Stored;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A sent claim freezes its visit, and every change to a patient or a visit is kept in its history. */
class ChangeHistoryTest {

    private final DemoWorkspace demo = new DemoWorkspace("history");
    private final Database database = demo.database();
    private final Workspace workspace = demo.workspace();
    private final Actor biller = DemoWorkspace.BILLER;

    @AfterEach
    void close() {
        demo.close();
    }

    private static String visitJson(int minutes) {
        return """
                {"dateOfService": "2026-11-20", "payer": "commercial", "provider": {"type": "DC", "npi": "1000000004"},
                 "diagnoses": [{"code": "M99.01", "regions": ["cervical"]}],
                 "services": [{"code": "98940", "regions": ["cervical"]}, {"code": "97110", "minutes": %d}],
                 "documentation": {"referral": true, "clinicalRationale": true, "activeTreatment": true}}"""
                .formatted(minutes);
    }

    private StoredVisit aVisit() {
        return workspace.visits().create(biller, demo.patientOf("Reyes").id(), visitJson(15));
    }

    /** A visit billed with a ready claim, then moved on through the lifecycle to {@code status}. */
    private ClaimView billed(StoredVisit visit, ClaimStatus... path) {
        ClaimView claim = workspace.claims().create(biller, visit.id());
        assertThat(claim.claim().value().status()).isEqualTo(ClaimStatus.READY);
        for (ClaimStatus next : path) {
            claim = workspace.claims().move(biller, claim.claim().id(), claim.claim().version(), next,
                    Optional.of("by hand for the test"));
        }
        return claim;
    }

    @Test
    void editing_the_visit_of_a_submitted_claim_is_refused_naming_the_claim_and_saves_nothing() {
        StoredVisit visit = aVisit();
        ClaimView claim = billed(visit, ClaimStatus.SUBMITTED);

        assertThatThrownBy(() -> workspace.visits().update(biller, visit.id(), 0, visitJson(23)))
                .isInstanceOfSatisfying(WorkspaceException.VisitFrozen.class, frozen -> {
                    assertThat(frozen.claim().claimId()).isEqualTo(claim.claim().id());
                    assertThat(frozen.claim().status()).isEqualTo(ClaimStatus.SUBMITTED);
                    assertThat(frozen.getMessage()).contains("claim " + claim.claim().id(),
                            claim.claim().value().patientControlNumber(), "was sent and is submitted",
                            "/api/v1/claims/" + claim.claim().id() + "/corrections");
                });
        assertThat(database.visits().find(visit.id()).orElseThrow().version()).isZero();
        assertThat(workspace.visits().history(biller, visit.id(), HistoryPaging.first()).total()).isEqualTo(1);
    }

    @Test
    void editing_the_visit_of_a_paid_claim_offers_the_replacement_claim_and_the_correct_button() {
        StoredVisit visit = aVisit();
        ClaimView claim = billed(visit, ClaimStatus.SUBMITTED, ClaimStatus.PAID);

        assertThatThrownBy(() -> workspace.visits().update(biller, visit.id(), 0, visitJson(23)))
                .isInstanceOfSatisfying(WorkspaceException.VisitFrozen.class, frozen -> {
                    assertThat(frozen.claim().correction()).isPresent();
                    assertThat(frozen.getMessage()).contains("was sent and is paid; a sent claim never changes",
                            "POST /api/v1/claims/" + claim.claim().id() + "/corrections {\"kind\":\"replacement\"",
                            "the Correct button on the claim page");
                });
        assertThat(workspace.visits().frozenBy(biller, visit.id())).map(SentClaim::claimId).contains(claim.claim().id());
    }

    @Test
    void editing_the_visit_of_a_ready_claim_works_and_is_kept_in_the_visits_history() {
        StoredVisit visit = aVisit();
        billed(visit);

        StoredVisit saved = workspace.visits().update(biller, visit.id(), 0, visitJson(23));

        assertThat(saved.record().version()).isEqualTo(1);
        assertThat(workspace.visits().frozenBy(biller, visit.id())).isEmpty();
        HistoryEntry change = workspace.visits().history(biller, visit.id(), HistoryPaging.first()).entries().get(0);
        assertThat(change.kind()).isEqualTo(ChangeKind.UPDATED);
        assertThat(change.user()).isEqualTo("biller");
        assertThat(change.changes()).containsExactly(
                new FieldChange("services[1].minutes", Optional.of("15"), Optional.of("23")));
    }

    @Test
    void a_rejected_claim_leaves_its_visit_open_for_the_fix() {
        StoredVisit visit = aVisit();
        billed(visit, ClaimStatus.SUBMITTED, ClaimStatus.REJECTED);

        assertThat(workspace.visits().update(biller, visit.id(), 0, visitJson(23)).record().version()).isEqualTo(1);
    }

    @Test
    void a_visit_edit_with_bad_input_adds_no_history_row() {
        StoredVisit visit = aVisit();

        assertThatThrownBy(() -> workspace.visits().update(biller, visit.id(), 0, "{\"dateOfService\": \"someday\"}"))
                .isInstanceOf(InputException.class);

        assertThat(workspace.visits().history(biller, visit.id(), HistoryPaging.first()).entries())
                .extracting(HistoryEntry::kind).containsExactly(ChangeKind.CREATED);
    }

    @Test
    void a_patient_address_change_shows_in_their_history_with_before_and_after_and_the_user() {
        Stored<PatientRecord> patient = demo.patientOf("Reyes");
        Person person = patient.value().patient().person();
        Address moved = new Address("88 Court St NE", Optional.empty(), "Salem", "OR", "97301");

        workspace.patients().update(biller, patient.id(), patient.version(), withAddress(patient.value(), moved));

        HistoryEntry change = workspace.patients().history(biller, patient.id(), HistoryPaging.first()).entries().get(0);
        assertThat(change.user()).isEqualTo("biller");
        assertThat(change.changes()).contains(new FieldChange("address.city", Optional.of(person.address().city()),
                Optional.of("Salem")));
        assertThat(database.audit().recent(5)).anySatisfy(entry -> {
            assertThat(entry.entity()).isEqualTo(AuditTrail.PATIENT_HISTORY);
            assertThat(entry.action()).isEqualTo("read");
            assertThat(entry.entityId()).contains(Long.toString(patient.id()));
        });
    }

    @Test
    void a_therapist_is_refused_the_history_of_another_therapists_patient_and_their_visits() {
        Actor ortiz = demo.therapist("Ortiz");
        StoredVisit visit = aVisit();

        assertThatThrownBy(() -> workspace.patients().history(ortiz, demo.patientOf("Reyes").id(), HistoryPaging.first()))
                .isInstanceOf(WorkspaceException.Forbidden.class);
        assertThatThrownBy(() -> workspace.visits().history(ortiz, visit.id(), HistoryPaging.first()))
                .isInstanceOf(WorkspaceException.Forbidden.class);
        assertThat(workspace.patients().history(ortiz, demo.patientOf("Ortiz").id(), HistoryPaging.first()).total())
                .isPositive();
    }

    @Test
    void a_history_page_out_of_bounds_is_bad_input_naming_the_parameter() {
        assertThatThrownBy(() -> HistoryPaging.of(Optional.of("-3"), Optional.empty()))
                .isInstanceOfSatisfying(InputException.class, refused ->
                        assertThat(refused.problems()).singleElement().satisfies(problem ->
                                assertThat(problem.path()).isEqualTo(HistoryPaging.OFFSET)));
        assertThatThrownBy(() -> HistoryPaging.of(Optional.empty(), Optional.of("500")))
                .isInstanceOfSatisfying(InputException.class, refused ->
                        assertThat(refused.problems().get(0).path()).isEqualTo(HistoryPaging.LIMIT));
    }

    private static PatientRecord withAddress(PatientRecord record, Address address) {
        Patient patient = record.patient();
        Person person = patient.person();
        return new PatientRecord(record.practiceId(), new Patient(new Person(person.firstName(), person.lastName(),
                person.birthDate(), person.sex(), address), patient.accountNumber(), patient.memberId(),
                patient.groupNumber(), patient.relationship(), patient.subscriber(), patient.referredBy()),
                record.payerId(), record.therapistId(), record.secondary());
    }
}

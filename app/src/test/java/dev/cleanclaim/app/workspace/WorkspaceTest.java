package dev.cleanclaim.app.workspace;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.core.claim.Severity;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.practice.ReferringProvider;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.core.referral.Referral;
import dev.cleanclaim.store.ClaimFilter;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.PatientRecord;
import dev.cleanclaim.store.Stored;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The workspace over a fresh H2 database seeded with the demo practice. */
class WorkspaceTest {

    private final DemoWorkspace demo = new DemoWorkspace("workspace");
    private final Database database = demo.database();
    private final Workspace workspace = demo.workspace();

    @AfterEach
    void close() {
        demo.close();
    }

    private Actor biller() {
        return DemoWorkspace.BILLER;
    }

    private static String visitJson(String date, String services) {
        return """
                {"dateOfService": "%s", "payer": "commercial", "provider": {"type": "DC", "npi": "1000000004"},
                 "diagnoses": [{"code": "M99.01", "regions": ["cervical"]}],
                 "services": [%s],
                 "documentation": {"referral": true, "clinicalRationale": true, "activeTreatment": true}}"""
                .formatted(date, services);
    }

    @Test
    void a_new_workspace_holds_the_demo_practice_with_patients_visits_and_claims_in_several_states() {
        assertThat(workspace.providers()).extracting(provider -> provider.value().lastName())
                .contains("Reyes", "Ortiz", "Park", "Moss");
        assertThat(workspace.patients().list(biller())).hasSizeGreaterThanOrEqualTo(10);
        assertThat(database.claims().countByStatus(Optional.empty())).extracting(count -> count.status())
                .contains(ClaimStatus.READY, ClaimStatus.SUBMITTED, ClaimStatus.PAID, ClaimStatus.SCRUBBED);
        assertThat(DemoPractice.seedIfEmpty(database, DemoWorkspace.rules(), DemoWorkspace.CLOCK)).as("seeded only once").isFalse();
    }

    @Test
    void a_therapist_sees_only_their_own_patients_and_is_refused_anothers_with_the_refusal_audited() {
        Actor ortiz = demo.therapist("Ortiz");
        long reyesPatient = demo.patientOf("Reyes").id();

        assertThat(workspace.patients().list(ortiz)).isNotEmpty().allSatisfy(patient ->
                assertThat(patient.value().therapistId()).isEqualTo(ortiz.providerId()));
        assertThatThrownBy(() -> workspace.patients().get(ortiz, reyesPatient))
                .isInstanceOf(WorkspaceException.Forbidden.class).hasMessageContaining("another therapist's patient");
        assertThat(database.audit().recent(5)).anySatisfy(entry -> {
            assertThat(entry.user()).isEqualTo("ortiz");
            assertThat(entry.action()).isEqualTo("denied");
            assertThat(entry.entityId()).contains(Long.toString(reyesPatient));
            assertThat(entry.remoteAddress()).contains("10.0.0.3");
        });
        assertThat(workspace.claims().list(ortiz, ClaimFilter.ALL)).allSatisfy(claim ->
                assertThat(workspace.patients().get(ortiz, claim.value().patientId())).isNotNull());
    }

    @Test
    void every_read_and_write_of_a_patient_is_in_the_audit_log_with_who_and_from_where() {
        Stored<PatientRecord> patient = demo.patientOf("Reyes");

        workspace.patients().get(biller(), patient.id());
        workspace.patients().update(biller(), patient.id(), patient.version(), patient.value());

        assertThat(database.audit().recent(2)).extracting(entry -> entry.action() + " " + entry.entity() + " "
                + entry.entityId().orElse("") + " " + entry.user() + " " + entry.remoteAddress().orElse(""))
                .containsExactly("update patient " + patient.id() + " biller 10.0.0.2",
                        "read patient " + patient.id() + " biller 10.0.0.2");
    }

    @Test
    void the_second_of_two_edits_from_the_same_version_is_a_conflict_and_the_first_is_kept() {
        Stored<PatientRecord> patient = demo.patientOf("Reyes");
        workspace.patients().update(biller(), patient.id(), patient.version(), patient.value());

        assertThatThrownBy(() -> workspace.patients().update(biller(), patient.id(), patient.version(), patient.value()))
                .isInstanceOfSatisfying(WorkspaceException.Conflict.class, conflict ->
                        assertThat(conflict.currentVersion()).hasValue(patient.version() + 1));
    }

    @Test
    void a_clean_visit_becomes_a_ready_claim_with_its_history_and_documents_and_only_one_claim() {
        long patientId = demo.patientOf("Reyes").id();
        StoredVisit visit = workspace.visits().create(biller(), patientId,
                visitJson("2026-11-20", "{\"code\": \"98940\", \"regions\": [\"cervical\"]}"));

        ClaimView claim = workspace.claims().create(biller(), visit.id());

        assertThat(claim.claim().value().status()).isEqualTo(ClaimStatus.READY);
        assertThat(claim.history()).extracting(event -> event.to()).containsExactly(ClaimStatus.DRAFT, ClaimStatus.SCRUBBED,
                ClaimStatus.READY);
        assertThat(new String(workspace.claims().edi(biller(), claim.claim().id()), StandardCharsets.US_ASCII))
                .startsWith("ISA*").contains("CLM*" + claim.claim().value().patientControlNumber());
        assertThat(new String(workspace.claims().cms1500(biller(), claim.claim().id()), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        assertThat(new String(workspace.claims().superbill(biller(), claim.claim().id()), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        assertThatThrownBy(() -> workspace.claims().create(biller(), visit.id()))
                .isInstanceOf(WorkspaceException.Conflict.class).hasMessageContaining("already has claim");
    }

    @Test
    void a_visit_with_error_findings_makes_a_scrubbed_claim_that_is_not_ready() {
        long patientId = demo.patientOf("Reyes").id();
        StoredVisit visit = workspace.visits().create(biller(), patientId, visitJson("2026-11-20",
                "{\"code\": \"98940\", \"regions\": [\"cervical\"]}, {\"code\": \"97140\", \"minutes\": 15, \"regions\": [\"cervical\"]}"));

        assertThat(visit.claim().findings()).anySatisfy(finding -> {
            assertThat(finding.rule()).isEqualTo("cmt.region");
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(workspace.claims().create(biller(), visit.id()).claim().value().status()).isEqualTo(ClaimStatus.SCRUBBED);
    }

    @Test
    void a_used_up_referral_warns_before_the_visit_is_billed_and_a_billed_visit_counts_against_it() {
        long patientId = demo.patientOf("Reyes").id();
        Stored<Referral> referral = workspace.patients().addReferral(biller(), patientId, new Referral(
                new ReferringProvider("Ruth", "Adams", "1564738296", Optional.empty()),
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31), 1, 0));
        String visit = visitJson("2026-11-20", "{\"code\": \"98940\", \"regions\": [\"cervical\"]}");

        StoredVisit first = workspace.visits().create(biller(), patientId, visit);
        assertThat(first.claim().findings()).noneMatch(finding -> finding.rule().equals("referral.standing"));
        workspace.claims().create(biller(), first.id());

        assertThat(workspace.patients().referrals(biller(), patientId)).filteredOn(found -> found.id() == referral.id())
                .singleElement().satisfies(found -> assertThat(found.value().visitsUsed()).isEqualTo(1));
        assertThat(workspace.visits().preview(biller(), patientId, visit.replace("2026-11-20", "2026-11-21")).findings())
                .anySatisfy(finding -> {
                    assertThat(finding.rule()).isEqualTo("referral.standing");
                    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
                    assertThat(finding.message()).contains("all 1 authorized visits are used");
                });
    }

    @Test
    void a_self_pay_visit_gets_a_superbill_but_no_insurance_claim_file() {
        ClaimView selfPay = workspace.claims().list(biller(), ClaimFilter.ALL).stream()
                .filter(claim -> claim.value().payerId().equals("self-pay")).findFirst()
                .map(claim -> workspace.claims().get(biller(), claim.id())).orElseThrow();

        assertThat(workspace.claims().superbill(biller(), selfPay.claim().id())).isNotEmpty();
        assertThatThrownBy(() -> workspace.claims().edi(biller(), selfPay.claim().id()))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems().get(0).message()).contains("self-pay"));
    }

    @Test
    void a_visit_for_a_stored_patient_refuses_a_patient_block_and_an_unknown_provider_naming_the_field() {
        long patientId = demo.patientOf("Reyes").id();
        String withPatient = visitJson("2026-11-20", "{\"code\": \"98940\", \"regions\": [\"cervical\"]}")
                .replace("\"payer\"", "\"patient\": {}, \"payer\"");
        String strangerProvider = visitJson("2026-11-20", "{\"code\": \"98940\", \"regions\": [\"cervical\"]}")
                .replace("1000000004", "1245319599");

        assertThatThrownBy(() -> workspace.visits().create(biller(), patientId, withPatient))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems().get(0).path()).isEqualTo("$.patient"));
        assertThatThrownBy(() -> workspace.visits().create(biller(), patientId, strangerProvider))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems().get(0).path()).isEqualTo("$.provider.npi"));
    }

    @Test
    void a_therapist_enters_visits_as_themselves_only() {
        Actor reyes = demo.therapist("Reyes");
        long patientId = demo.patientOf("Reyes").id();
        RenderingProvider ortiz = workspace.providers().stream().map(Stored::value)
                .filter(provider -> provider.lastName().equals("Ortiz")).findFirst().orElseThrow();
        String asOrtiz = visitJson("2026-11-20", "{\"code\": \"98940\", \"regions\": [\"cervical\"]}")
                .replace("\"type\": \"DC\", \"npi\": \"1000000004\"", "\"type\": \"LMT\", \"npi\": \"" + ortiz.npi() + "\"");

        assertThatThrownBy(() -> workspace.visits().create(reyes, patientId, asOrtiz))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems().get(0).message()).contains("their own visits"));
        assertThat(workspace.visits().create(reyes, patientId, visitJson("2026-11-20",
                "{\"code\": \"98940\", \"regions\": [\"cervical\"]}")).id()).isPositive();
        assertThat(List.of(workspace.visits().forPatient(reyes, patientId))).isNotEmpty();
    }
}

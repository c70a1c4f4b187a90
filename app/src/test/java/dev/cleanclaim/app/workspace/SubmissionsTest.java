package dev.cleanclaim.app.workspace;

import dev.cleanclaim.core.fees.FeeSchedule;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.submission.ClaimFrequency;
import dev.cleanclaim.store.ClaimAnswer;
import dev.cleanclaim.store.AcknowledgmentReceipt;
import dev.cleanclaim.store.ClaimRecord;
import dev.cleanclaim.store.PatientRecord;
import dev.cleanclaim.store.Stored;
import dev.cleanclaim.store.SubmissionSummary;
import dev.cleanclaim.store.SubmittedClaim;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.patient.Person;
import dev.cleanclaim.core.practice.Address;
import dev.cleanclaim.x12.OutsideValidator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ready claims leave in submissions, are kept as sent, and are corrected only by new claims. */
class SubmissionsTest {

    private final DemoWorkspace demo = new DemoWorkspace("submissions");
    private final Workspace workspace = demo.workspace();
    private final Actor biller = DemoWorkspace.BILLER;
    private static final Actor ADMIN = new Actor(1, "admin", dev.cleanclaim.store.UserRole.ADMIN, Optional.empty(), "10.0.0.1");

    @AfterEach
    void close() {
        demo.close();
    }

    @Test
    void sending_the_ready_claims_writes_one_interchange_and_moves_every_claim_to_submitted() {
        List<Long> ready = workspace.submissions().readyToSend(biller).stream().map(Stored::id).toList();
        long first = demo.readyCommercialClaim("2026-11-16");
        long second = demo.readyCommercialClaim("2026-11-17");

        SubmissionResult result = workspace.submissions().send(biller, Optional.empty());

        assertThat(result.claimsSent()).isEqualTo(ready.size() + 2 - result.notSent().size());
        SubmissionSummary submission = result.sent().stream().filter(sent -> workspace.submissions()
                .claimsOf(biller, sent.id()).stream().anyMatch(claim -> claim.claimId() == first)).findFirst().orElseThrow();
        assertThat(submission.usage()).isEqualTo("T");
        String file = new String(OutsideValidator.accepted(workspace.submissions().file(biller, submission.id())),
                StandardCharsets.US_ASCII);
        assertThat(file).startsWith("ISA*").contains("*" + submission.controlNumber() + "*0*T*:~")
                .contains("CLM*" + record(first).patientControlNumber() + "*", "CLM*" + record(second).patientControlNumber() + "*");
        assertThat(record(first).status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(workspace.claims().get(biller, first).history()).last()
                .satisfies(event -> assertThat(event.note()).hasValueSatisfying(note -> assertThat(note)
                        .contains("interchange " + submission.controlNumber())));
        assertThat(workspace.submissions().claimsOf(biller, submission.id())).extracting(SubmittedClaim::claimId)
                .contains(first, second);
        assertThat(workspace.submissions().send(biller, Optional.empty()).sent()).as("nothing is ready any more").isEmpty();
    }

    @Test
    void claims_made_before_and_after_a_fee_change_still_travel_in_one_interchange() {
        long before = demo.readyCommercialClaim("2026-11-16");
        workspace.admin().replaceFees(ADMIN, workspace.admin().fees().version(),
                new FeeSchedule("fees", Map.of("97140", Money.parse("61.00"))));
        long after = demo.readyCommercialClaim("2026-11-17");

        SubmissionResult result = workspace.submissions().send(biller, Optional.of(List.of(before, after)));

        assertThat(result.sent()).singleElement().satisfies(file -> assertThat(file.claimCount()).isEqualTo(2));
    }

    @Test
    void control_numbers_count_up_from_one_submission_to_the_next() {
        demo.readyCommercialClaim("2026-11-16");
        SubmissionSummary first = workspace.submissions().send(biller, Optional.empty()).sent().get(0);
        long later = demo.readyCommercialClaim("2026-11-18");

        SubmissionSummary second = workspace.submissions().send(biller, Optional.of(List.of(later))).sent().get(0);

        assertThat(second.interchangeControlNumber()).isGreaterThan(first.interchangeControlNumber());
        assertThat(workspace.submissions().claimsOf(biller, second.id()).get(0).transactionControlNumber())
                .isGreaterThan(workspace.submissions().claimsOf(biller, first.id()).get(0).transactionControlNumber());
    }

    @Test
    void a_sent_claims_837_is_the_bytes_it_was_sent_as_whatever_changes_afterwards() {
        long claim = demo.readyCommercialClaim("2026-11-16");
        workspace.submissions().send(biller, Optional.of(List.of(claim)));
        byte[] sent = workspace.claims().edi(biller, claim);

        workspace.admin().replaceFees(ADMIN, workspace.admin().fees().version(),
                new FeeSchedule("fees", Map.of("97140", Money.parse("999.00"))));

        assertThat(workspace.claims().edi(biller, claim)).isEqualTo(sent);
        assertThat(new String(sent, StandardCharsets.US_ASCII)).doesNotContain("999");
    }

    @Test
    void a_sent_claims_cms1500_and_837_show_the_patient_as_billed_after_the_patient_moves() throws Exception {
        long claim = demo.readyCommercialClaim("2026-11-17");
        workspace.submissions().send(biller, Optional.of(List.of(claim)));
        String paper = text(workspace.claims().cms1500(biller, claim));
        byte[] sent = workspace.claims().edi(biller, claim);
        Stored<PatientRecord> patient = workspace.patients().get(biller, record(claim).patientId());
        assertThat(paper).doesNotContainIgnoringCase("Court St");

        workspace.patients().update(biller, patient.id(), patient.version(), movedToSalem(patient.value()));

        assertThat(text(workspace.claims().cms1500(biller, claim))).isEqualTo(paper);
        assertThat(workspace.claims().edi(biller, claim)).isEqualTo(sent);
        assertThat(text(workspace.claims().cms1500(biller, demo.readyCommercialClaim("2026-11-18"))))
                .as("a claim not sent yet bills the patient of now").containsIgnoringCase("88 Court St NE");
    }

    @Test
    void a_replacement_claim_bills_the_visit_as_fixed_and_the_visit_is_held_again_once_the_replacement_is_sent() {
        long claim = demo.readyCommercialClaim("2026-11-16");
        workspace.submissions().send(biller, Optional.of(List.of(claim)));
        answer(claim, ClaimStatus.ACCEPTED, Optional.of("PAYER-2026-777"));
        long visitId = record(claim).visitId();
        assertThatThrownBy(() -> workspace.visits().update(biller, visitId, visitVersion(visitId), visit("2026-11-16", 38)))
                .as("the payer holds the claim").isInstanceOf(WorkspaceException.VisitFrozen.class);

        long replacement = workspace.claims().correct(biller, claim, version(claim), ClaimFrequency.REPLACEMENT,
                "38 minutes were documented, 23 billed").claim().id();
        workspace.visits().update(biller, visitId, visitVersion(visitId), visit("2026-11-16", 38));
        workspace.claims().rescrub(biller, replacement, version(replacement));
        workspace.submissions().send(biller, Optional.of(List.of(replacement)));

        assertThat(record(replacement).draft().lines().get(0).units()).isEqualTo(3);
        assertThat(record(claim).draft().lines().get(0).units()).as("the original as sent").isEqualTo(2);
        assertThat(new String(workspace.claims().edi(biller, replacement), StandardCharsets.US_ASCII))
                .contains("REF*F8*PAYER-2026-777~").containsPattern("SV1\\*HC:97140[^*]*\\*[0-9.]+\\*UN\\*3");
        assertThatThrownBy(() -> workspace.visits().update(biller, visitId, visitVersion(visitId), visit("2026-11-16", 45)))
                .as("the replacement is sent").isInstanceOf(WorkspaceException.VisitFrozen.class);
    }

    @Test
    void a_ready_claim_is_sent_under_its_own_control_number_and_not_sent_when_its_visit_changed_date_since_its_scrub() {
        long claim = demo.readyCommercialClaim("2026-11-16");
        long visitId = record(claim).visitId();
        workspace.visits().update(biller, visitId, visitVersion(visitId), visit("2026-11-19", 23));

        SubmissionResult refused = workspace.submissions().send(biller, Optional.of(List.of(claim)));

        assertThat(refused.sent()).isEmpty();
        assertThat(refused.notSent()).singleElement().satisfies(left -> assertThat(left.problems().toString())
                .contains("2026-11-19", "scrub claim " + claim + " again"));
        workspace.claims().rescrub(biller, claim, version(claim));
        SubmissionResult sent = workspace.submissions().send(biller, Optional.of(List.of(claim)));
        assertThat(new String(workspace.claims().edi(biller, claim), StandardCharsets.US_ASCII))
                .contains("CLM*" + record(claim).patientControlNumber() + "*", "DTP*472*D8*20261119");
        assertThat(sent.claimsSent()).isEqualTo(1);
    }

    @Test
    void a_claim_named_twice_is_refused_naming_the_second_place() {
        long claim = demo.readyCommercialClaim("2026-11-16");

        assertThatThrownBy(() -> workspace.submissions().send(biller, Optional.of(List.of(claim, claim))))
                .satisfies(refused -> assertThat(problems(refused)).contains("$.claims[1]", "named twice"));
        assertThat(record(claim).status()).isEqualTo(ClaimStatus.READY);
    }

    private int visitVersion(long visitId) {
        return demo.database().visits().find(visitId).orElseThrow().version();
    }

    private static String visit(String date, int minutes) {
        return """
                {"dateOfService": "%s", "payer": "commercial", "provider": {"type": "DC", "npi": "1000000004"},
                 "diagnoses": [{"code": "M54.50", "regions": ["lumbar"]}],
                 "services": [{"code": "97140", "minutes": %d, "regions": ["lumbar"]}],
                 "documentation": {"referral": true, "clinicalRationale": true}}""".formatted(date, minutes);
    }

    private static PatientRecord movedToSalem(PatientRecord record) {
        Patient patient = record.patient();
        Person person = patient.person();
        return new PatientRecord(record.practiceId(), new Patient(new Person(person.firstName(), person.lastName(),
                person.birthDate(), person.sex(), new Address("88 Court St NE", Optional.empty(), "Salem", "OR", "97301")),
                patient.accountNumber(), patient.memberId(), patient.groupNumber(), patient.relationship(),
                patient.subscriber(), patient.referredBy()), record.payerId(), record.therapistId(), record.secondary());
    }

    private static String text(byte[] pdf) throws java.io.IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void a_self_pay_claim_is_the_patients_receipt_and_never_sent() {
        Stored<dev.cleanclaim.store.ClaimSummary> selfPay = workspace.claims().list(biller, dev.cleanclaim.store.ClaimFilter.ALL).stream()
                .filter(claim -> claim.value().payerId().equals("self-pay"))
                .filter(claim -> claim.value().status() == ClaimStatus.READY).findFirst().orElseThrow();

        assertThat(workspace.submissions().readyToSend(biller)).extracting(Stored::id).doesNotContain(selfPay.id());
        assertThatThrownBy(() -> workspace.submissions().send(biller, Optional.of(List.of(selfPay.id()))))
                .satisfies(refused -> assertThat(problems(refused)).contains("self-pay"));
    }

    @Test
    void a_named_claim_that_is_not_ready_is_refused_and_nothing_is_sent() {
        long claim = demo.readyCommercialClaim("2026-11-16");
        workspace.submissions().send(biller, Optional.of(List.of(claim)));

        assertThatThrownBy(() -> workspace.submissions().send(biller, Optional.of(List.of(claim))))
                .satisfies(refused -> assertThat(problems(refused)).contains("is submitted; only ready claims are sent"));
    }

    @Test
    void a_therapist_can_neither_send_claims_nor_move_them_past_ready() {
        long claim = demo.readyCommercialClaim("2026-11-16");
        Actor therapist = demo.therapistOfClaim(claim);

        assertThatThrownBy(() -> workspace.submissions().send(therapist, Optional.empty()))
                .isInstanceOf(WorkspaceException.Forbidden.class);
        assertThatThrownBy(() -> workspace.claims().move(therapist, claim, version(claim), ClaimStatus.SUBMITTED,
                Optional.empty())).isInstanceOf(WorkspaceException.Forbidden.class);
    }

    @Test
    void marking_a_claim_paid_by_hand_needs_a_reason() {
        long claim = demo.readyCommercialClaim("2026-11-16");
        workspace.submissions().send(biller, Optional.of(List.of(claim)));

        assertThatThrownBy(() -> workspace.claims().move(biller, claim, version(claim), ClaimStatus.PAID, Optional.empty()))
                .satisfies(refused -> assertThat(problems(refused)).contains("say why"));
        ClaimView paid = workspace.claims().move(biller, claim, version(claim), ClaimStatus.PAID,
                Optional.of("paid by cheque 1042, no 835"));
        assertThat(paid.claim().value().status()).isEqualTo(ClaimStatus.PAID);
    }

    @Test
    void a_decided_claim_is_not_sent_again_by_hand_only_appealed_or_corrected() {
        long claim = demo.readyCommercialClaim("2026-11-16");
        workspace.submissions().send(biller, Optional.of(List.of(claim)));
        workspace.claims().move(biller, claim, version(claim), ClaimStatus.DENIED, Optional.of("denial letter by mail"));

        assertThatThrownBy(() -> workspace.claims().move(biller, claim, version(claim), ClaimStatus.SUBMITTED,
                Optional.of("try again"))).satisfies(refused -> assertThat(problems(refused)).contains("appeal it",
                "corrections"));
    }

    @Test
    void a_sent_claim_is_not_scrubbed_again_but_a_rejected_one_is() {
        long claim = demo.readyCommercialClaim("2026-11-16");
        workspace.submissions().send(biller, Optional.of(List.of(claim)));

        assertThatThrownBy(() -> workspace.claims().rescrub(biller, claim, version(claim)))
                .isInstanceOf(WorkspaceException.Conflict.class).hasMessageContaining("a sent claim never changes");

        answer(claim, ClaimStatus.REJECTED, Optional.empty());
        ClaimView rescrubbed = workspace.claims().rescrub(biller, claim, version(claim));
        assertThat(rescrubbed.claim().value().status()).isEqualTo(ClaimStatus.READY);
        assertThat(rescrubbed.claim().value().patientControlNumber()).isEqualTo(record(claim).patientControlNumber());
        SubmissionSummary again = workspace.submissions().send(biller, Optional.of(List.of(claim))).sent().get(0);
        assertThat(new String(workspace.claims().edi(biller, claim), StandardCharsets.US_ASCII))
                .contains("*" + again.controlNumber() + "*");
    }

    @Test
    void a_replacement_claim_carries_frequency_7_and_the_payers_claim_number_and_closes_the_original() {
        long claim = demo.readyCommercialClaim("2026-11-16");
        workspace.submissions().send(biller, Optional.of(List.of(claim)));
        answer(claim, ClaimStatus.ACCEPTED, Optional.of("PAYER-2026-555"));

        ClaimView replacement = workspace.claims().correct(biller, claim, version(claim), ClaimFrequency.REPLACEMENT,
                "wrong units billed");

        ClaimRecord made = replacement.claim().value();
        assertThat(made.patientControlNumber()).isEqualTo(record(claim).patientControlNumber() + "R");
        assertThat(record(claim).status()).isEqualTo(ClaimStatus.CORRECTED);
        assertThat(demo.database().claims().links(replacement.claim().id()).corrects()).contains(claim);
        assertThat(demo.database().claims().links(claim).correctedBy()).containsExactly(replacement.claim().id());
        String edi = new String(workspace.claims().edi(biller, replacement.claim().id()), StandardCharsets.US_ASCII);
        assertThat(edi).containsPattern("CLM\\*" + made.patientControlNumber() + "\\*[0-9.]+\\*\\*\\*11:B:7\\*")
                .contains("REF*F8*PAYER-2026-555~");
        assertThat(workspace.claims().get(biller, claim).history()).last()
                .satisfies(event -> assertThat(event.note()).hasValueSatisfying(note -> assertThat(note)
                        .contains("replaced by claim", "wrong units billed")));
    }

    @Test
    void a_void_claim_carries_frequency_8() {
        long claim = demo.readyCommercialClaim("2026-11-16");
        workspace.submissions().send(biller, Optional.of(List.of(claim)));
        answer(claim, ClaimStatus.ACCEPTED, Optional.of("PAYER-9"));

        ClaimView voided = workspace.claims().correct(biller, claim, version(claim), ClaimFrequency.VOID,
                "billed the wrong patient");

        assertThat(record(claim).status()).isEqualTo(ClaimStatus.VOIDED);
        assertThat(new String(workspace.claims().edi(biller, voided.claim().id()), StandardCharsets.US_ASCII))
                .contains("*11:B:8*", "REF*F8*PAYER-9~");
    }

    @Test
    void a_claim_the_payer_never_accepted_is_not_corrected_and_a_correction_needs_a_reason() {
        long claim = demo.readyCommercialClaim("2026-11-16");

        assertThatThrownBy(() -> workspace.claims().correct(biller, claim, version(claim), ClaimFrequency.REPLACEMENT,
                "fix")).isInstanceOf(WorkspaceException.Conflict.class).hasMessageContaining("never accepted");
        assertThatThrownBy(() -> workspace.claims().correct(biller, claim, version(claim), ClaimFrequency.VOID, " "))
                .satisfies(refused -> assertThat(problems(refused)).contains("say why"));
    }

    private static String problems(Throwable refused) {
        return ((dev.cleanclaim.app.contract.InputException) refused).problems().toString();
    }

    private void answer(long claim, ClaimStatus status, Optional<String> payerNumber) {
        demo.database().acknowledgments().record(new AcknowledgmentReceipt("277CA", "ack-" + claim + status + ".edi",
                        "CLEARINGHOUSE", "000000009", "277 for " + claim + " " + status),
                List.of(new ClaimAnswer(claim, version(claim), Optional.of(status), status.id(), "test answer",
                        payerNumber)), Claims.note(biller, "create", "test"));
    }

    private ClaimRecord record(long claim) {
        return demo.database().claims().find(claim).orElseThrow().value();
    }

    private int version(long claim) {
        return demo.database().claims().find(claim).orElseThrow().version();
    }
}

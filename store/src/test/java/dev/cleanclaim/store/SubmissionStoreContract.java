package dev.cleanclaim.store;

import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.submission.ClaimFrequency;
import dev.cleanclaim.core.submission.Correction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Submissions, acknowledgments and corrections on every database the workspace runs on. */
abstract class SubmissionStoreContract {

    private static final AtomicInteger DAY = new AtomicInteger();
    private static final AuditNote NOTE = new AuditNote("biller", Optional.of("10.0.0.2"), "create", Optional.of("test"));

    abstract Database database();

    private long patientId;
    private long visitId;

    @BeforeEach
    void aPatientWithAVisit() {
        long practiceId = database().practices().create(Samples.practice());
        long providerId = database().practices().providers(practiceId).get(0).id();
        patientId = database().patients().create(new PatientRecord(practiceId, Samples.patient("Ives"),
                Optional.of("commercial"), Optional.of(providerId)), Samples.AUDIT).id();
        visitId = database().visits().create(new VisitRecord(patientId, providerId, LocalDate.of(2026, 11, 2), "commercial",
                "{}"), Samples.AUDIT).id();
    }

    @Test
    void a_submission_keeps_its_file_byte_for_byte_and_moves_its_claims_to_submitted_with_their_audit_rows() {
        Stored<ClaimRecord> claim = ready();
        byte[] file = "ISA*file~".getBytes(StandardCharsets.US_ASCII);

        Submitted submitted = database().submissions().submit(List.of(claim), 1, numbers -> new SubmissionFile("SENDER",
                "RECEIVER", "T", claim.value().totalCharge(), file,
                List.of(new SubmissionFile.ClaimCopy(claim.id(), String.format("%04d", numbers.firstTransaction()),
                        ("copy " + numbers.interchange()).getBytes(StandardCharsets.US_ASCII)))), NOTE);

        SubmissionSummary summary = ((Submitted.Saved) submitted).submission();
        assertThat(database().submissions().file(summary.id())).hasValue(file);
        assertThat(database().claims().find(claim.id()).orElseThrow().value().status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(database().submissions().lastSent(claim.id())).hasValueSatisfying(copy ->
                assertThat(new String(copy, StandardCharsets.US_ASCII)).isEqualTo("copy " + summary.interchangeControlNumber()));
        assertThat(database().submissions().claims(summary.id())).singleElement()
                .satisfies(sent -> assertThat(sent.status()).isEqualTo(ClaimStatus.SUBMITTED));
        assertThat(database().audit().recent(5)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("disclose");
            assertThat(entry.entityId()).contains(Long.toString(claim.id()));
        });
    }

    @Test
    void control_numbers_are_reserved_in_ranges_that_never_overlap() {
        SubmissionSummary first = submit(ready(), 3);
        SubmissionSummary second = submit(ready(), 1);

        assertThat(second.interchangeControlNumber()).isEqualTo(first.interchangeControlNumber() + 1);
        String firstTransaction = database().submissions().claims(first.id()).get(0).transactionControlNumber();
        String secondTransaction = database().submissions().claims(second.id()).get(0).transactionControlNumber();
        assertThat(Integer.parseInt(secondTransaction)).isEqualTo(Integer.parseInt(firstTransaction) + 3);
    }

    @Test
    void a_claim_that_moved_meanwhile_stops_the_whole_submission_and_nothing_is_kept() {
        Stored<ClaimRecord> claim = ready();
        long before = database().submissions().count();
        database().claims().move(claim.id(), claim.version(), ClaimStatus.SCRUBBED, "therapist", Optional.empty());

        Submitted submitted = database().submissions().submit(List.of(claim), 1, numbers -> new SubmissionFile("S", "R",
                "T", Money.ZERO, new byte[]{1}, List.of(new SubmissionFile.ClaimCopy(claim.id(), "0001", new byte[]{1}))), NOTE);

        assertThat(submitted).isEqualTo(new Submitted.Conflict(claim.id()));
        assertThat(database().submissions().count()).isEqualTo(before);
    }

    @Test
    void a_file_whose_read_back_fails_after_its_rows_were_written_keeps_nothing_and_frees_its_numbers() {
        Stored<ClaimRecord> claim = ready();
        long before = database().submissions().count();
        List<ControlNumbers> reserved = new ArrayList<>();

        assertThatThrownBy(() -> database().submissions().submit(List.of(claim), 1, numbers -> {
            reserved.add(numbers);
            return new SubmissionFile("S", "R", "T", Money.ZERO, new byte[]{1},
                    List.of(new SubmissionFile.ClaimCopy(claim.id(), "0001", new byte[]{1})), () -> {
                throw new IllegalStateException("segment 12 is not valid");
            });
        }, NOTE)).hasMessage("segment 12 is not valid");

        assertThat(database().submissions().count()).isEqualTo(before);
        assertThat(database().claims().find(claim.id()).orElseThrow().value().status()).isEqualTo(ClaimStatus.READY);
        assertThat(database().submissions().lastSent(claim.id())).isEmpty();
        assertThat(submit(claim, 1).interchangeControlNumber()).isEqualTo(reserved.get(0).interchange());
    }

    @Test
    void an_acknowledgment_moves_its_claims_keeps_the_payers_number_and_is_never_applied_twice() {
        Stored<ClaimRecord> claim = database().claims().find(submitted().id()).orElseThrow();
        AcknowledgmentReceipt receipt = new AcknowledgmentReceipt("277CA", "ack.edi", "CH", "000000042",
                "277 body " + claim.id());
        List<ClaimAnswer> answers = List.of(new ClaimAnswer(claim.id(), claim.version(), Optional.of(ClaimStatus.ACCEPTED),
                "accepted", "A2:20 accepted", Optional.of("PAYER-1")));

        Acknowledged first = database().acknowledgments().record(receipt, answers, NOTE);
        Acknowledged again = database().acknowledgments().record(receipt, answers, NOTE);

        assertThat(first).isInstanceOf(Acknowledged.Saved.class);
        assertThat(again).isEqualTo(new Acknowledged.AlreadyImported(((Acknowledged.Saved) first).acknowledgmentId()));
        assertThat(database().claims().find(claim.id()).orElseThrow().value().status()).isEqualTo(ClaimStatus.ACCEPTED);
        assertThat(database().claims().links(claim.id()).payerClaimNumber()).contains("PAYER-1");
        assertThat(database().acknowledgments().forClaim(claim.id())).singleElement()
                .satisfies(row -> assertThat(row.words()).isEqualTo("A2:20 accepted"));
    }

    @Test
    void a_correction_points_back_to_its_original_which_closes_with_the_reason() {
        Stored<ClaimRecord> original = submitted();
        Stored<ClaimRecord> accepted = ((Transition.Moved) database().claims().move(original.id(), original.version(),
                ClaimStatus.ACCEPTED, "biller", Optional.empty())).claim();

        Optional<Stored<ClaimRecord>> replacement = database().claims().createCorrection(
                Samples.claim(visitId, patientId, "commercial", accepted.value().dateOfService(), ClaimStatus.DRAFT),
                MadeWith.practice("{}"), accepted, new Correction(ClaimFrequency.REPLACEMENT, "PAYER-7"), "wrong units",
                List.of(new StatusStep(ClaimStatus.SCRUBBED, "scrubbed"), new StatusStep(ClaimStatus.READY, "ready")), NOTE);

        ClaimLinks links = database().claims().links(replacement.orElseThrow().id());
        assertThat(links.frequency()).isEqualTo(ClaimFrequency.REPLACEMENT);
        assertThat(links.corrects()).contains(original.id());
        assertThat(links.reason()).contains("wrong units");
        assertThat(links.correctedPayerClaimNumber()).contains("PAYER-7");
        assertThat(database().claims().links(original.id()).correctedBy()).containsExactly(replacement.get().id());
        assertThat(database().claims().find(original.id()).orElseThrow().value().status()).isEqualTo(ClaimStatus.CORRECTED);
        assertThat(replacement.get().value().status()).isEqualTo(ClaimStatus.READY);
        assertThat(database().claims().createCorrection(Samples.claim(visitId, patientId, "commercial",
                        accepted.value().dateOfService(), ClaimStatus.DRAFT), MadeWith.practice("{}"), accepted,
                new Correction(ClaimFrequency.VOID, "PAYER-7"), "again",
                List.of(), NOTE)).as("the original moved: nothing written").isEmpty();
    }

    @Test
    void sending_reads_many_claims_facts_visits_patients_and_referrals_at_once_as_one_at_a_time_would() {
        Stored<ClaimRecord> original = submitted();
        Stored<ClaimRecord> accepted = ((Transition.Moved) database().claims().move(original.id(), original.version(),
                ClaimStatus.ACCEPTED, "biller", Optional.empty())).claim();
        Stored<ClaimRecord> replacement = database().claims().createCorrection(
                Samples.claim(visitId, patientId, "commercial", accepted.value().dateOfService(), ClaimStatus.DRAFT),
                new MadeWith("{\"practice\":1}", Optional.of("{\"patient\":1}")), accepted,
                new Correction(ClaimFrequency.REPLACEMENT, "PAYER-9"), "wrong units", List.of(), NOTE).orElseThrow();
        Stored<ClaimRecord> secondary = database().claims().createSecondary(Samples.claim(visitId, patientId, "bcbs",
                LocalDate.of(2026, 1, 1).plusDays(DAY.incrementAndGet()), ClaimStatus.DRAFT), original.id(), MadeWith.practice("{}"), List.of(), NOTE);
        List<Long> ids = List.of(original.id(), replacement.id(), secondary.id(), -1L);

        java.util.Map<Long, SendingFacts> facts = database().claims().sendingFacts(ids);

        assertThat(facts).containsOnlyKeys(original.id(), replacement.id(), secondary.id());
        for (long id : List.of(original.id(), replacement.id(), secondary.id())) {
            SendingFacts read = facts.get(id);
            assertThat(read.links()).isEqualTo(database().claims().links(id));
            assertThat(read.practiceFacts()).isEqualTo(database().claims().practiceFacts(id));
            assertThat(read.patientFacts()).isEqualTo(database().claims().patientFacts(id));
            assertThat(read.primaryClaimId()).isEqualTo(database().claims().primaryOf(id));
        }
        assertThat(facts.get(original.id()).links().correctedBy()).containsExactly(replacement.id());
        assertThat(facts.get(replacement.id()).patientFacts()).contains("{\"patient\":1}");
        assertThat(facts.get(secondary.id()).primaryClaimId()).contains(original.id());
        assertThat(facts.get(original.id()).primaryClaimId()).isEmpty();

        assertThat(database().visits().find(List.of(visitId, -1L)))
                .containsExactly(java.util.Map.entry(visitId, database().visits().find(visitId).orElseThrow()));
        assertThat(database().patients().find(List.of(patientId, -1L)))
                .containsExactly(java.util.Map.entry(patientId, database().patients().find(patientId).orElseThrow()));
    }

    @Test
    void referrals_of_many_patients_read_at_once_come_newest_first_per_patient_and_empty_for_none() {
        dev.cleanclaim.core.practice.ReferringProvider adams = new dev.cleanclaim.core.practice.ReferringProvider("Ruth",
                "Adams", "1564738296", Optional.of("RF-9"));
        database().referrals().create(patientId, new dev.cleanclaim.core.referral.Referral(adams,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), 4, 1));
        database().referrals().create(patientId, new dev.cleanclaim.core.referral.Referral(adams,
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31), 6, 0));
        long practiceId = database().practices().create(Samples.practice());
        long other = database().patients().create(new PatientRecord(practiceId, Samples.patient("Noor"),
                Optional.of("commercial"), Optional.empty()), Samples.AUDIT).id();

        var read = database().referrals().forPatients(List.of(patientId, other));

        assertThat(read.get(patientId)).isEqualTo(database().referrals().forPatient(patientId))
                .extracting(referral -> referral.value().validFrom())
                .containsExactly(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 1, 1));
        assertThat(read.get(other)).isEmpty();
    }

    private SubmissionSummary submit(Stored<ClaimRecord> claim, int transactions) {
        return ((Submitted.Saved) database().submissions().submit(List.of(claim), transactions, numbers ->
                new SubmissionFile("S", "R", "T", Money.ZERO, new byte[]{1}, List.of(new SubmissionFile.ClaimCopy(claim.id(),
                        String.format("%04d", numbers.firstTransaction()), new byte[]{2}))), NOTE)).submission();
    }

    private Stored<ClaimRecord> submitted() {
        Stored<ClaimRecord> claim = ready();
        submit(claim, 1);
        return database().claims().find(claim.id()).orElseThrow();
    }

    /** A ready claim with a control number of its own (the column is unique across the tests' shared database). */
    private Stored<ClaimRecord> ready() {
        ClaimRecord sample = Samples.claim(visitId, patientId, "commercial", LocalDate.of(2026, 1, 1)
                .plusDays(DAY.incrementAndGet()), ClaimStatus.READY);
        return database().claims().create(sample, "biller");
    }
}

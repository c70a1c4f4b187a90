package dev.cleanclaim.store;

import dev.cleanclaim.core.account.PatientPayment;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.remit.Adjustment;
import dev.cleanclaim.core.remit.AdjustmentGroup;
import dev.cleanclaim.core.remit.ClaimPayment;
import dev.cleanclaim.core.remit.ClaimPaymentStatus;
import dev.cleanclaim.core.remit.ProviderAdjustment;
import dev.cleanclaim.core.remit.Remittance;
import dev.cleanclaim.core.remit.ServicePayment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Remittances and patient payments on every database the workspace runs on: stored whole, once, with their status moves or not at all. */
abstract class RemittanceStoreContract {

    private static final AtomicInteger TRACE = new AtomicInteger();

    abstract Database database();

    private Stored<ClaimRecord> claim;

    @BeforeEach
    void aSubmittedClaim() {
        long practiceId = database().practices().create(Samples.practice());
        long providerId = database().practices().providers(practiceId).get(0).id();
        long patientId = database().patients().create(new PatientRecord(practiceId, Samples.patient("Ives"),
                Optional.of("commercial"), Optional.of(providerId)), Samples.AUDIT).id();
        long visitId = database().visits().create(new VisitRecord(patientId, providerId, LocalDate.of(2026, 11, 2), "commercial",
                "{}"), Samples.AUDIT).id();
        claim = database().claims().create(Samples.claim(visitId, patientId, "commercial", LocalDate.of(2026, 11, 2),
                ClaimStatus.SUBMITTED), "biller");
    }

    @Test
    void a_remittance_reads_back_with_every_line_adjustment_remark_and_provider_adjustment() {
        Remittance remittance = remittance(payment(ClaimPaymentStatus.PROCESSED_AS_PRIMARY, "60.00", "20.00"));
        Posting posting = new Posting.ToClaim(claim.id(), List.of(Optional.of(1)),
                List.of(new Posting.StatusMove(claim.id(), 0, ClaimStatus.PAID, "paid")));

        Recorded recorded = database().remittances().record(remittance, "era.835", "biller", List.of(posting));

        long id = ((Recorded.Saved) recorded).remittanceId();
        List<PostedPayment> payments = database().remittances().payments(id);
        assertThat(payments).singleElement().satisfies(posted -> {
            assertThat(posted.payment()).isEqualTo(remittance.claims().get(0));
            assertThat(posted.claimId()).contains(claim.id());
            assertThat(posted.lineNumbers()).containsExactly(Optional.of(1));
            assertThat(posted.traceNumber()).isEqualTo(remittance.traceNumber());
        });
        assertThat(database().remittances().providerAdjustments(id)).isEqualTo(remittance.providerAdjustments());
        assertThat(database().remittances().summary(id).orElseThrow().claims()).isEqualTo(1);
        assertThat(database().claims().find(claim.id()).orElseThrow().value().status()).isEqualTo(ClaimStatus.PAID);
        assertThat(database().remittances().forClaim(claim.id())).hasSize(1);
    }

    @Test
    void the_same_payment_recorded_twice_is_kept_once() {
        Remittance remittance = remittance(payment(ClaimPaymentStatus.PROCESSED_AS_PRIMARY, "60.00", "20.00"));
        Posting queued = new Posting.Queued("no claim has patient control number X");

        Recorded first = database().remittances().record(remittance, "era.835", "biller", List.of(queued));
        Recorded second = database().remittances().record(remittance, "era.835", "biller", List.of(queued));

        long id = ((Recorded.Saved) first).remittanceId();
        assertThat(second).isEqualTo(new Recorded.AlreadyImported(id));
        assertThat(database().remittances().payments(id)).hasSize(1);
    }

    @Test
    void a_file_of_several_payments_is_recorded_whole_in_one_transaction() {
        Remittance first = remittance(payment(ClaimPaymentStatus.PROCESSED_AS_PRIMARY, "60.00", "20.00"));
        Remittance second = remittance(payment(ClaimPaymentStatus.PROCESSED_AS_PRIMARY, "30.00", "0.00"));
        Posting queued = new Posting.Queued("no claim has patient control number X");

        Recorded recorded = database().remittances().recordAll("two.835", "biller", List.of(
                new RemittanceStore.ToRecord(first, List.of(queued), Samples.AUDIT),
                new RemittanceStore.ToRecord(second, List.of(queued), Samples.AUDIT)));

        assertThat(recorded).isInstanceOfSatisfying(Recorded.SavedAll.class, saved -> assertThat(saved.remittanceIds()).hasSize(2));
        assertThat(database().remittances().findPayment(first.payerId(), first.traceNumber())).isPresent();
        assertThat(database().remittances().findPayment(second.payerId(), second.traceNumber())).isPresent();
    }

    @Test
    void a_file_whose_second_payment_was_stored_meanwhile_writes_nothing_of_the_first() {
        Remittance first = remittance(payment(ClaimPaymentStatus.PROCESSED_AS_PRIMARY, "60.00", "20.00"));
        Remittance second = remittance(payment(ClaimPaymentStatus.PROCESSED_AS_PRIMARY, "30.00", "0.00"));
        Posting queued = new Posting.Queued("no claim has patient control number X");
        long storedMeanwhile = ((Recorded.Saved) database().remittances().record(second, "other.835", "biller",
                List.of(queued))).remittanceId();

        Recorded recorded = database().remittances().recordAll("two.835", "biller", List.of(
                new RemittanceStore.ToRecord(first, List.of(queued), Samples.AUDIT),
                new RemittanceStore.ToRecord(second, List.of(queued), Samples.AUDIT)));

        assertThat(recorded).isEqualTo(new Recorded.AlreadyImported(storedMeanwhile));
        assertThat(database().remittances().findPayment(first.payerId(), first.traceNumber())).isEmpty();
    }

    @Test
    void a_queued_payment_waits_with_its_reason_until_it_is_posted_to_a_claim() {
        int waitingBefore = database().remittances().unmatchedCount();
        Remittance remittance = remittance(payment(ClaimPaymentStatus.PROCESSED_AS_PRIMARY, "60.00", "20.00"));
        long id = ((Recorded.Saved) database().remittances().record(remittance, "era.835", "biller",
                List.of(new Posting.Queued("no claim has patient control number ZZ-1")))).remittanceId();
        PostedPayment waiting = database().remittances().payments(id).get(0);

        assertThat(queue()).anySatisfy(payment -> {
            assertThat(payment.id()).isEqualTo(waiting.id());
            assertThat(payment.unmatchedReason()).contains("no claim has patient control number ZZ-1");
        });
        assertThat(database().remittances().unmatchedCount()).isEqualTo(waitingBefore + 1)
                .isEqualTo(queue().size());

        Recorded posted = database().remittances().post(waiting.id(), new Posting.ToClaim(claim.id(), List.of(Optional.of(1)),
                List.of(new Posting.StatusMove(claim.id(), 0, ClaimStatus.PAID, "paid"))), "biller");

        assertThat(posted).isEqualTo(new Recorded.Saved(id));
        assertThat(queue()).noneMatch(payment -> payment.id() == waiting.id());
        assertThat(database().remittances().unmatchedCount()).isEqualTo(waitingBefore);
        assertThat(database().remittances().payment(waiting.id()).orElseThrow().claimId()).contains(claim.id());
        assertThat(database().remittances().post(waiting.id(), new Posting.ToClaim(claim.id(), List.of(), List.of()), "biller"))
                .isInstanceOf(Recorded.Conflict.class);
    }

    @Test
    void a_status_move_from_a_stale_version_leaves_nothing_written() {
        database().claims().move(claim.id(), 0, ClaimStatus.DENIED, "other", Optional.empty());
        Remittance remittance = remittance(payment(ClaimPaymentStatus.PROCESSED_AS_PRIMARY, "60.00", "20.00"));
        Posting stale = new Posting.ToClaim(claim.id(), List.of(Optional.of(1)),
                List.of(new Posting.StatusMove(claim.id(), 0, ClaimStatus.PAID, "paid")));

        Recorded recorded = database().remittances().record(remittance, "era.835", "biller", List.of(stale));

        assertThat(recorded).isEqualTo(new Recorded.Conflict(claim.id()));
        assertThat(database().remittances().findPayment(remittance.payerId(), remittance.traceNumber())).isEmpty();
        assertThat(database().remittances().forClaim(claim.id())).isEmpty();
    }

    @Test
    void an_import_names_the_remittance_and_each_claim_it_posted_to_in_the_audit_log_and_no_claim_for_a_queued_payment() {
        String user = "importer-" + System.nanoTime();
        AuditNote note = new AuditNote(user, Optional.of("10.0.0.3"), "import", Optional.of("1 posted, 1 queued"));
        ClaimPayment payment = payment(ClaimPaymentStatus.PROCESSED_AS_PRIMARY, "60.00", "20.00");
        Posting posted = new Posting.ToClaim(claim.id(), List.of(Optional.of(1)),
                List.of(new Posting.StatusMove(claim.id(), 0, ClaimStatus.PAID, "paid")));

        long id = ((Recorded.Saved) database().remittances().record(remittance(payment, payment), "era.835", user,
                List.of(posted, new Posting.Queued("no claim has patient control number ZZ-2")), note)).remittanceId();

        List<AuditEntry> rows = database().audit().find(new AuditQuery(Optional.of(user), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), 10, 0);
        assertThat(rows).extracting(AuditEntry::action, AuditEntry::entity, entry -> entry.entityId().orElseThrow())
                .containsExactlyInAnyOrder(tuple("import", "remittance", String.valueOf(id)),
                        tuple("update", "claim", String.valueOf(claim.id())));
    }

    @Test
    void a_patients_payments_read_back_in_the_order_received() {
        long patientId = claim.value().patientId();
        PatientPayment later = new PatientPayment(LocalDate.of(2026, 11, 20), Money.parse("25.00"), PatientPayment.Method.CHECK,
                Optional.of("check 1042"));
        PatientPayment earlier = new PatientPayment(LocalDate.of(2026, 11, 2), Money.parse("15.00"), PatientPayment.Method.CARD,
                Optional.empty());

        database().patientPayments().record(patientId, later, "front-desk");
        database().patientPayments().record(patientId, earlier, "front-desk");

        assertThat(database().patientPayments().forPatient(patientId)).extracting(Stored::value).containsExactly(earlier, later);
    }

    @Test
    void a_voided_payment_stays_on_the_ledger_with_who_when_and_why_and_counts_for_nothing() {
        long patientId = claim.value().patientId();
        AuditNote note = new AuditNote("void-" + TRACE.incrementAndGet(), Optional.empty(), "void", Optional.empty());
        long paymentId = database().patientPayments().record(patientId, new PatientPayment(LocalDate.of(2026, 11, 2),
                Money.parse("10.00"), PatientPayment.Method.HSA, Optional.empty()), Optional.of("4242"), "front-desk",
                Samples.AUDIT).id();

        PaymentChange voided = database().patientPayments().voidPayment(patientId, paymentId, "test payment", "front-desk", note);
        PaymentChange again = database().patientPayments().voidPayment(patientId, paymentId, "twice", "front-desk", Samples.AUDIT);

        assertThat(voided).isEqualTo(new PaymentChange.Done(paymentId));
        assertThat(again).isEqualTo(new PaymentChange.AlreadyVoided(paymentId));
        assertThat(database().patientPayments().ledger(patientId)).singleElement().satisfies(entry -> {
            assertThat(entry.cardLastFour()).contains("4242");
            assertThat(entry.voided()).hasValueSatisfying(how -> {
                assertThat(how.by()).isEqualTo("front-desk");
                assertThat(how.reason()).isEqualTo("test payment");
            });
            assertThat(entry.counted()).isEmpty();
        });
        assertThat(database().audit().find(new AuditQuery(Optional.of(note.user()), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()), 10, 0))
                .extracting(AuditEntry::action, AuditEntry::entity).containsExactly(tuple("void", "patient-payment"));
    }

    @Test
    void refunds_give_back_part_of_a_payment_and_never_more_than_remains() {
        long patientId = claim.value().patientId();
        long paymentId = database().patientPayments().record(patientId, new PatientPayment(LocalDate.of(2026, 11, 2),
                Money.parse("100.00"), PatientPayment.Method.CARD, Optional.empty()), Optional.of("1111"), "front-desk",
                Samples.AUDIT).id();

        PaymentChange first = database().patientPayments().refund(patientId, paymentId, LocalDate.of(2026, 11, 3),
                Money.parse("30.00"), PatientPayment.Method.CARD, "one session cancelled", "front-desk", Samples.AUDIT);
        PaymentChange tooMuch = database().patientPayments().refund(patientId, paymentId, LocalDate.of(2026, 11, 3),
                Money.parse("70.01"), PatientPayment.Method.CASH, "the rest", "front-desk", Samples.AUDIT);
        PaymentChange voidAfter = database().patientPayments().voidPayment(patientId, paymentId, "mistake", "front-desk",
                Samples.AUDIT);
        PaymentChange otherPatient = database().patientPayments().refund(patientId + 1000, paymentId, LocalDate.of(2026, 11, 3),
                Money.parse("1.00"), PatientPayment.Method.CASH, "wrong account", "front-desk", Samples.AUDIT);

        assertThat(first).isEqualTo(new PaymentChange.Done(paymentId));
        assertThat(tooMuch).isEqualTo(new PaymentChange.MoreThanRemains(paymentId, Money.parse("70.00")));
        assertThat(voidAfter).isEqualTo(new PaymentChange.PartlyRefunded(paymentId, Money.parse("30.00")));
        assertThat(otherPatient).isEqualTo(new PaymentChange.NotFound(paymentId));
        assertThat(database().patientPayments().ledger(patientId)).singleElement().satisfies(entry -> {
            assertThat(entry.refunds()).extracting(refund -> refund.amount().toString(), refund -> refund.reason())
                    .containsExactly(tuple("30.00", "one session cancelled"));
            assertThat(entry.remaining()).isEqualTo(Money.parse("70.00"));
            assertThat(entry.counted()).map(PatientPayment::amount).contains(Money.parse("70.00"));
        });
    }

    @Test
    void a_secondary_claim_knows_its_primary_and_the_primary_its_secondary() {
        ClaimRecord primary = claim.value();
        Stored<ClaimRecord> secondary = database().claims().createSecondary(new ClaimRecord(primary.visitId(),
                primary.patientId(), "medicare", ClaimStatus.DRAFT, primary.patientControlNumber() + "S",
                primary.totalCharge(), primary.draft()),
                claim.id(), MadeWith.practice("{}"), List.of(), Samples.AUDIT);

        assertThat(database().claims().secondaryOf(claim.id())).map(Stored::id).contains(secondary.id());
        assertThat(database().claims().primaryOf(secondary.id())).contains(claim.id());
        assertThat(database().claims().primaryOf(claim.id())).isEmpty();
        assertThat(database().claims().history(secondary.id())).hasSize(1);
    }

    @Test
    void a_payment_posted_by_hand_with_an_override_keeps_the_reason_in_the_claims_history() {
        long id = queued(payment(ClaimPaymentStatus.PROCESSED_AS_PRIMARY, "60.00", "20.00"));
        long waiting = database().remittances().payments(id).get(0).id();

        database().remittances().post(waiting, new Posting.ToClaim(claim.id(), List.of(Optional.of(1)),
                List.of(new Posting.StatusMove(claim.id(), 0, ClaimStatus.PAID, "paid"))), "biller",
                Optional.of("the payer misspelt the name"));

        PostedPayment posted = database().remittances().payment(waiting).orElseThrow();
        assertThat(posted.postedByHand()).isTrue();
        assertThat(posted.overrideReason()).contains("the payer misspelt the name");
        assertThat(database().claims().history(claim.id())).anySatisfy(event ->
                assertThat(event.note()).hasValueSatisfying(note -> assertThat(note).contains("the payer misspelt the name")));
    }

    @Test
    void a_payment_posted_by_hand_and_reversed_goes_back_to_the_queue_and_the_reversal_is_kept() {
        long id = queued(payment(ClaimPaymentStatus.PROCESSED_AS_PRIMARY, "60.00", "20.00"));
        long waiting = database().remittances().payments(id).get(0).id();
        database().remittances().post(waiting, new Posting.ToClaim(claim.id(), List.of(Optional.of(1)),
                List.of(new Posting.StatusMove(claim.id(), 0, ClaimStatus.PAID, "paid"))), "biller", Optional.empty());

        Recorded reversed = database().remittances().reverse(waiting, claim.id(), "lead", "another patient's payment",
                List.of(new Posting.StatusMove(claim.id(), 1, ClaimStatus.SUBMITTED, "payment reversed")));

        assertThat(reversed).isEqualTo(new Recorded.Saved(id));
        PostedPayment back = database().remittances().payment(waiting).orElseThrow();
        assertThat(back.claimId()).isEmpty();
        assertThat(back.unmatchedReason()).hasValueSatisfying(reason -> assertThat(reason).contains("another patient's payment"));
        assertThat(queue()).anyMatch(payment -> payment.id() == waiting);
        assertThat(database().remittances().reversals(waiting)).singleElement()
                .satisfies(reversal -> assertThat(reversal.by()).isEqualTo("lead"));
        assertThat(database().claims().find(claim.id()).orElseThrow().value().status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(database().remittances().forClaim(claim.id())).isEmpty();
    }

    @Test
    void a_payment_the_import_posted_and_staff_reversed_stays_on_its_claim_marked_reversed() {
        Remittance remittance = remittance(payment(ClaimPaymentStatus.PROCESSED_AS_PRIMARY, "60.00", "20.00"));
        long id = ((Recorded.Saved) database().remittances().record(remittance, "era.835", "biller",
                List.of(new Posting.ToClaim(claim.id(), List.of(Optional.of(1)),
                        List.of(new Posting.StatusMove(claim.id(), 0, ClaimStatus.PAID, "paid")))))).remittanceId();
        long posted = database().remittances().payments(id).get(0).id();

        database().remittances().reverse(posted, claim.id(), "lead", "paid twice",
                List.of(new Posting.StatusMove(claim.id(), 1, ClaimStatus.SUBMITTED, "payment reversed")));

        assertThat(database().remittances().forClaim(claim.id())).singleElement().satisfies(payment -> {
            assertThat(payment.reversed()).hasValueSatisfying(reversal -> assertThat(reversal.reason()).isEqualTo("paid twice"));
            assertThat(payment.counts()).isFalse();
        });
        assertThat(database().remittances().reverse(posted, claim.id(), "lead", "again", List.of()))
                .isInstanceOf(Recorded.Conflict.class);
    }

    @Test
    void a_ready_claim_the_payer_answers_moves_through_submitted_to_paid_in_one_recording() {
        Stored<ClaimRecord> ready = database().claims().create(Samples.claim(claim.value().visitId(), claim.value().patientId(),
                "commercial", LocalDate.of(2026, 11, 3), ClaimStatus.READY), "biller");
        Remittance remittance = remittance(payment(ClaimPaymentStatus.PROCESSED_AS_PRIMARY, "60.00", "20.00"));

        database().remittances().record(remittance, "era.835", "biller", List.of(new Posting.ToClaim(ready.id(),
                List.of(Optional.of(1)), List.of(new Posting.StatusMove(ready.id(), 0, ClaimStatus.SUBMITTED, "sent"),
                new Posting.StatusMove(ready.id(), 1, ClaimStatus.PAID, "paid")))));

        assertThat(database().claims().find(ready.id()).orElseThrow()).satisfies(stored -> {
            assertThat(stored.value().status()).isEqualTo(ClaimStatus.PAID);
            assertThat(stored.version()).isEqualTo(2);
        });
        assertThat(database().claims().history(ready.id())).extracting(ClaimEvent::to)
                .containsExactly(ClaimStatus.READY, ClaimStatus.SUBMITTED, ClaimStatus.PAID);
    }

    @Test
    void a_posted_claims_history_keeps_its_contents_once_and_each_move_says_from_what_to_what() {
        Remittance remittance = remittance(payment(ClaimPaymentStatus.PROCESSED_AS_PRIMARY, "60.00", "20.00"));

        database().remittances().record(remittance, "era.835", "biller", List.of(new Posting.ToClaim(claim.id(),
                List.of(Optional.of(1)), List.of(new Posting.StatusMove(claim.id(), 0, ClaimStatus.PAID, "paid")))));

        List<ClaimEvent> history = database().claims().history(claim.id());
        assertThat(history.get(0).body()).as("the claim as made").isPresent();
        assertThat(history.get(1).body()).as("a move copies nothing").isEmpty();
        assertThat(history.get(1).from()).contains(ClaimStatus.SUBMITTED);
        assertThat(history.get(1).to()).isEqualTo(ClaimStatus.PAID);
    }

    @Test
    void a_denied_line_inside_a_paid_claim_is_a_denial_to_work_and_routine_adjustments_are_not() {
        long before = database().remittances().deniedLines(List.of("CO-45", "PR-2"), 1, 10).total();
        ServicePayment paidLine = new ServicePayment("97110", List.of("GP"), Money.parse("90.00"), Money.parse("60.00"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(new Adjustment(AdjustmentGroup.CO, "45", Money.parse("30.00"), Optional.empty())), List.of());
        ServicePayment deniedLine = new ServicePayment("97140", List.of("GP"), Money.parse("45.00"), Money.ZERO,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(new Adjustment(AdjustmentGroup.CO, "97", Money.parse("45.00"), Optional.empty())), List.of());
        ClaimPayment partly = new ClaimPayment(claim.value().patientControlNumber(), ClaimPaymentStatus.PROCESSED_AS_PRIMARY,
                Money.parse("135.00"), Money.parse("60.00"), Money.ZERO, Optional.of("PCN1"), Optional.empty(), List.of(),
                List.of(), List.of(paidLine, deniedLine));
        database().remittances().record(remittance(partly), "era.835", "biller", List.of(new Posting.ToClaim(claim.id(),
                List.of(Optional.of(1), Optional.of(2)), List.of(new Posting.StatusMove(claim.id(), 0, ClaimStatus.PARTLY_PAID, "partly")))));

        Page<DeniedLine> page = database().remittances().deniedLines(List.of("CO-45", "PR-2"), 1, 200);

        assertThat(page.total()).isEqualTo(before + 1);
        assertThat(page.items()).anySatisfy(denied -> {
            assertThat(denied.claimId()).isEqualTo(claim.id());
            assertThat(denied.lineNumber()).contains(2);
            assertThat(denied.procedureCode()).contains("97140");
            assertThat(denied.adjustment().code()).isEqualTo("CO-97");
        });
    }

    @Test
    void the_queue_is_read_a_page_at_a_time_with_the_count_of_all_that_wait() {
        for (int i = 0; i < 3; i++) {
            queued(payment(ClaimPaymentStatus.PROCESSED_AS_PRIMARY, "60.00", "20.00"));
        }

        Page<PostedPayment> first = database().remittances().unmatched(1, 2);
        Page<PostedPayment> second = database().remittances().unmatched(2, 2);

        assertThat(first.items()).hasSize(2);
        assertThat(first.total()).isEqualTo(database().remittances().unmatchedCount()).isGreaterThanOrEqualTo(3);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.items()).isNotEmpty().noneMatch(payment -> first.items().contains(payment));
        assertThat(database().remittances().summaries(1, 1).items()).hasSize(1);
    }

    private long queued(ClaimPayment payment) {
        return ((Recorded.Saved) database().remittances().record(remittance(payment), "era.835", "biller",
                List.of(new Posting.Queued("no claim has patient control number ZZ-1")))).remittanceId();
    }

    /** The whole queue, walked a batch at a time as the retry walks it. */
    private List<PostedPayment> queue() {
        List<PostedPayment> all = new java.util.ArrayList<>();
        long after = 0;
        List<PostedPayment> batch;
        do {
            batch = database().remittances().unmatchedAfter(after, 100);
            all.addAll(batch);
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1).id();
        } while (!batch.isEmpty());
        return all;
    }

    private ClaimPayment payment(ClaimPaymentStatus status, String paid, String patient) {
        ServicePayment line = new ServicePayment("97140", List.of("GP", "59"), Money.parse("100.00"), Money.parse(paid),
                Optional.of(new BigDecimal("2")), Optional.of(claim.value().patientControlNumber() + "-1"),
                Optional.of(LocalDate.of(2026, 11, 2)), Optional.of(Money.parse("80.00")),
                List.of(new Adjustment(AdjustmentGroup.CO, "45", Money.parse("20.00"), Optional.empty()),
                        new Adjustment(AdjustmentGroup.PR, "2", Money.parse(patient), Optional.of(new BigDecimal("1")))),
                List.of("M15"));
        return new ClaimPayment(claim.value().patientControlNumber(), status, Money.parse("100.00"), Money.parse(paid),
                Money.parse(patient), Optional.of("PCN998877"), Optional.of("IVES, ANA"), List.of(), List.of("MA01"), List.of(line));
    }

    private static Remittance remittance(ClaimPayment... payments) {
        return new Remittance("TRN" + TRACE.incrementAndGet() + "-" + System.nanoTime(), Money.parse("55.00"), "ACH",
                LocalDate.of(2026, 11, 20), "BLUE CROSS", "1234567890", "CLEANCLAIM CLINIC", "1999999984", List.of(payments),
                List.of(new ProviderAdjustment("1999999984", LocalDate.of(2026, 12, 31), "L6", Optional.empty(),
                        Money.parse("-1.25")), new ProviderAdjustment("1999999984", LocalDate.of(2026, 12, 31), "WO",
                        Optional.of("OLDCLAIM1"), Money.parse("6.25"))));
    }
}

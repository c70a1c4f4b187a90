package dev.cleanclaim.store;

import dev.cleanclaim.core.client.FinancialNotice;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.money.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One client, one record, and insured massage (issue 19) on every database: a merge moves everything of the merged
 * record in one transaction and keeps the merged record read-only; a stale merge saves nothing; a signed notice is
 * kept with the client and a visit moves to self-pay with its claim withdrawn, or nothing moves.
 */
abstract class ClientRecordContract {

    abstract Database database();

    private static final LocalDate DAY = LocalDate.of(2026, 9, 14);

    private long practiceId;
    private long providerId;

    @BeforeEach
    void aPractice() {
        practiceId = database().practices().create(Samples.practice());
        providerId = database().practices().providers(practiceId).get(1).id();
    }

    private Stored<PatientRecord> aPatient(String lastName, Optional<String> payer) {
        return database().patients().create(new PatientRecord(practiceId, Samples.patient(lastName), payer,
                Optional.of(providerId)), Samples.AUDIT);
    }

    private Stored<VisitRecord> aVisit(long patientId, String payer) {
        return database().visits().create(new VisitRecord(patientId, providerId, DAY, payer,
                "{\"payer\":\"" + payer + "\"}"), Samples.AUDIT);
    }

    @Test
    void a_merge_moves_visits_claims_payments_referrals_and_history_to_the_survivor_and_keeps_the_merged_record_pointing_at_it() {
        Stored<PatientRecord> survivor = aPatient("Garcia", Optional.empty());
        Stored<PatientRecord> duplicate = aPatient("Garcia", Optional.of("commercial"));
        Stored<VisitRecord> visit = aVisit(duplicate.id(), "commercial");
        Stored<ClaimRecord> claim = database().claims().create(Samples.claim(visit.id(), duplicate.id(), "commercial", DAY,
                ClaimStatus.SUBMITTED), "biller");
        database().patientPayments().record(duplicate.id(), new dev.cleanclaim.core.account.PatientPayment(DAY,
                Money.parse("20.00"), dev.cleanclaim.core.account.PatientPayment.Method.CASH, Optional.empty()), "biller");

        PatientMergeStore.Outcome outcome = database().patientMerges().merge(survivor.id(), survivor.version(),
                duplicate.id(), duplicate.version(), "entered twice at the desk", Samples.AUDIT);

        assertThat(outcome).isInstanceOf(PatientMergeStore.Outcome.Merged.class);
        PatientMerge merge = ((PatientMergeStore.Outcome.Merged) outcome).merge();
        assertThat(merge.moved().visits()).containsExactly(visit.id());
        assertThat(merge.moved().claims()).containsExactly(claim.id());
        assertThat(merge.moved().payments()).hasSize(1);
        assertThat(merge.moved().insurance()).as("the survivor had no policy: the duplicate's became its").isTrue();
        assertThat(database().visits().forPatient(survivor.id())).extracting(Stored::id).containsExactly(visit.id());
        assertThat(database().claims().find(claim.id()).orElseThrow().value().patientId()).isEqualTo(survivor.id());
        assertThat(database().claims().find(claim.id()).orElseThrow().value().status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(database().patientPayments().forPatient(survivor.id())).hasSize(1);
        assertThat(database().patients().find(survivor.id()).orElseThrow().value().payerId()).contains("commercial");
        assertThat(database().patients().mergedInto(duplicate.id())).contains(survivor.id());
        assertThat(database().patients().mergedInto(survivor.id())).isEmpty();
        assertThat(database().patients().list(practiceId)).extracting(Stored::id).containsExactly(survivor.id());
        assertThat(database().patientMerges().ofPatient(survivor.id())).containsExactly(merge);
        assertThat(database().patientMerges().find(merge.id())).contains(merge);
        HistoryPage history = database().history().ofPatient(survivor.id(), 0, 50);
        assertThat(history.entries().get(0).kind()).isEqualTo(ChangeKind.MERGED);
        assertThat(history.entries().get(0).changes()).contains(new FieldChange("mergedFrom", Optional.empty(),
                Optional.of("patient " + duplicate.id())));
        assertThat(history.total()).as("both creations and the merge").isEqualTo(3);
        assertThat(database().audit().recent(2)).extracting(AuditEntry::action).containsOnly("merge");
    }

    @Test
    void a_merged_record_is_read_only_and_is_not_merged_again() {
        Stored<PatientRecord> survivor = aPatient("Ng", Optional.empty());
        Stored<PatientRecord> duplicate = aPatient("Ng", Optional.empty());
        database().patientMerges().merge(survivor.id(), survivor.version(), duplicate.id(), duplicate.version(),
                "same person", Samples.AUDIT);
        Stored<PatientRecord> merged = database().patients().find(duplicate.id()).orElseThrow();

        Update<PatientRecord> update = database().patients().update(duplicate.id(), merged.version(), merged.value(),
                Samples.AUDIT);
        Stored<PatientRecord> third = aPatient("Ng", Optional.empty());
        PatientMergeStore.Outcome again = database().patientMerges().merge(third.id(), third.version(), duplicate.id(),
                merged.version(), "again", Samples.AUDIT);

        assertThat(update).isInstanceOf(Update.Conflict.class);
        assertThat(again).isEqualTo(new PatientMergeStore.Outcome.Changed(duplicate.id()));
        assertThat(database().history().ofPatient(third.id(), 0, 50).total()).as("nothing of the refused merge").isEqualTo(1);
    }

    @Test
    void a_merge_read_at_a_stale_version_saves_nothing() {
        Stored<PatientRecord> survivor = aPatient("Ito", Optional.empty());
        Stored<PatientRecord> duplicate = aPatient("Ito", Optional.empty());
        Stored<VisitRecord> visit = aVisit(duplicate.id(), "commercial");

        PatientMergeStore.Outcome outcome = database().patientMerges().merge(survivor.id(), survivor.version() + 1,
                duplicate.id(), duplicate.version(), "stale", Samples.AUDIT);

        assertThat(outcome).isEqualTo(new PatientMergeStore.Outcome.Changed(survivor.id()));
        assertThat(database().visits().find(visit.id()).orElseThrow().value().patientId()).isEqualTo(duplicate.id());
        assertThat(database().patients().mergedInto(duplicate.id())).isEmpty();
        assertThat(database().patientMerges().ofPatient(survivor.id())).isEmpty();
    }

    private FinancialNotice aNotice(Optional<Long> visit) {
        return new FinancialNotice("commercial", FinancialNotice.Reason.EXCLUDED_SERVICE, List.of("97124"), visit, DAY,
                DAY.plusMonths(6), Optional.of(Money.parse("95.00")), DAY.minusDays(1), "Leo Ortiz");
    }

    @Test
    void a_signed_notice_is_kept_with_the_client_as_signed() {
        Stored<PatientRecord> client = aPatient("Silva", Optional.of("commercial"));

        Stored<FinancialNotice> notice = database().financialNotices().create(client.id(), aNotice(Optional.empty()),
                Samples.AUDIT);

        assertThat(database().financialNotices().forPatient(client.id())).containsExactly(notice);
        assertThat(database().audit().recent(1).get(0).entity()).isEqualTo("financial-notice");
    }

    @Test
    void a_visit_moves_to_self_pay_with_its_unsent_claim_withdrawn_in_one_transaction() {
        Stored<PatientRecord> client = aPatient("Moss", Optional.of("commercial"));
        Stored<VisitRecord> visit = aVisit(client.id(), "commercial");
        Stored<ClaimRecord> claim = database().claims().create(Samples.claim(visit.id(), client.id(), "commercial", DAY,
                ClaimStatus.READY), "biller");
        Stored<FinancialNotice> notice = database().financialNotices().create(client.id(),
                aNotice(Optional.of(visit.id())), Samples.AUDIT);
        VisitRecord moved = new VisitRecord(client.id(), providerId, DAY, "self-pay", "{\"payer\":\"self-pay\"}");
        ClaimRecord receipt = new ClaimRecord(visit.id(), client.id(), "self-pay", ClaimStatus.READY,
                claim.value().patientControlNumber(), claim.value().totalCharge(), Samples.emptyDraft("self-pay", DAY));

        SelfPayMoveStore.Outcome outcome = database().selfPayMoves().move(visit.id(), visit.version(), moved,
                "commercial", notice.id(), Optional.of(new SelfPayMoveStore.Withdrawal(claim.id(), claim.version(),
                        receipt, MadeWith.practice("{}"), "withdrawn from the plan")), Samples.AUDIT);

        assertThat(outcome).isInstanceOf(SelfPayMoveStore.Outcome.Moved.class);
        assertThat(database().visits().find(visit.id()).orElseThrow().value().payerId()).isEqualTo("self-pay");
        assertThat(database().claims().find(claim.id()).orElseThrow().value().payerId()).isEqualTo("self-pay");
        assertThat(database().claims().history(claim.id())).last().satisfies(event ->
                assertThat(event.note()).contains("withdrawn from the plan"));
        assertThat(database().selfPayMoves().noticeOf(visit.id())).contains(notice.id());
        assertThat(database().history().ofVisit(visit.id(), 0, 10).entries().get(0).changes())
                .contains(new FieldChange("payer", Optional.of("commercial"), Optional.of("self-pay")));
    }

    @Test
    void a_move_whose_claim_was_sent_meanwhile_moves_nothing() {
        Stored<PatientRecord> client = aPatient("Kahn", Optional.of("commercial"));
        Stored<VisitRecord> visit = aVisit(client.id(), "commercial");
        Stored<ClaimRecord> claim = database().claims().create(Samples.claim(visit.id(), client.id(), "commercial", DAY,
                ClaimStatus.SUBMITTED), "biller");
        Stored<FinancialNotice> notice = database().financialNotices().create(client.id(), aNotice(Optional.empty()),
                Samples.AUDIT);
        VisitRecord moved = new VisitRecord(client.id(), providerId, DAY, "self-pay", "{\"payer\":\"self-pay\"}");
        ClaimRecord receipt = new ClaimRecord(visit.id(), client.id(), "self-pay", ClaimStatus.READY,
                claim.value().patientControlNumber(), claim.value().totalCharge(), Samples.emptyDraft("self-pay", DAY));

        SelfPayMoveStore.Outcome outcome = database().selfPayMoves().move(visit.id(), visit.version(), moved,
                "commercial", notice.id(), Optional.of(new SelfPayMoveStore.Withdrawal(claim.id(), claim.version(),
                        receipt, MadeWith.practice("{}"), "withdrawn")), Samples.AUDIT);

        assertThat(outcome).isEqualTo(new SelfPayMoveStore.Outcome.Changed("claim " + claim.id()));
        assertThat(database().visits().find(visit.id()).orElseThrow().value().payerId()).isEqualTo("commercial");
        assertThat(database().selfPayMoves().noticeOf(visit.id())).isEmpty();
    }
}

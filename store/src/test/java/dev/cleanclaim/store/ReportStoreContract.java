package dev.cleanclaim.store;

import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.remit.Adjustment;
import dev.cleanclaim.core.remit.AdjustmentGroup;
import dev.cleanclaim.core.remit.ClaimPayment;
import dev.cleanclaim.core.remit.ClaimPaymentStatus;
import dev.cleanclaim.core.remit.Remittance;
import dev.cleanclaim.core.remit.ServicePayment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cleanclaim.core.practice.ReferringProvider;
import dev.cleanclaim.core.referral.Referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report sums on every database the workspace runs on. The tests share one database with the other contracts,
 * so each works in a practice of its own and, where a sum spans claims, in a year no other test uses.
 */
abstract class ReportStoreContract {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final List<String> ROUTINE = List.of("CO-45", "PR-1", "PR-2", "PR-3");

    abstract Database database();

    private long patientId;
    private long firstProvider;
    private long secondProvider;

    @BeforeEach
    void aPracticeWithAPatient() {
        long practiceId = database().practices().create(Samples.practice());
        firstProvider = database().practices().providers(practiceId).get(0).id();
        secondProvider = database().practices().providers(practiceId).get(1).id();
        patientId = database().patients().create(new PatientRecord(practiceId, Samples.patient("Quill"),
                Optional.of("commercial"), Optional.of(firstProvider)), Samples.AUDIT).id();
    }

    @Test
    void an_open_claim_owes_its_charge_less_paid_written_off_and_patient_share_and_a_settled_claim_owes_nothing() {
        Stored<ClaimRecord> partly = claim(firstProvider, "commercial", LocalDate.of(2026, 10, 1), ClaimStatus.SUBMITTED, "100.00");
        Stored<ClaimRecord> settled = claim(firstProvider, "commercial", LocalDate.of(2026, 10, 2), ClaimStatus.SUBMITTED, "100.00");
        Stored<ClaimRecord> ready = claim(firstProvider, "commercial", LocalDate.of(2026, 10, 3), ClaimStatus.READY, "40.00");
        Stored<ClaimRecord> denied = claim(firstProvider, "commercial", LocalDate.of(2026, 10, 4), ClaimStatus.SUBMITTED, "50.00");
        database().claims().move(denied.id(), 0, ClaimStatus.DENIED, "biller", Optional.empty());
        post(partly, payment(partly, ClaimPaymentStatus.PROCESSED_AS_PRIMARY, "60.00", "20.00",
                line("97140", "60.00", adjustment(AdjustmentGroup.CO, "45", "10.00"), adjustment(AdjustmentGroup.PR, "2", "20.00"))));
        post(settled, payment(settled, ClaimPaymentStatus.PROCESSED_AS_PRIMARY, "70.00", "20.00",
                line("97140", "70.00", adjustment(AdjustmentGroup.CO, "45", "10.00"), adjustment(AdjustmentGroup.PR, "2", "20.00"))));

        List<ReportStore.OpenClaim> open = database().reports().openClaims().stream()
                .filter(claim -> List.of(partly.id(), settled.id(), ready.id(), denied.id()).contains(claim.claimId())).toList();

        assertThat(open).extracting(ReportStore.OpenClaim::claimId).containsExactly(partly.id(), denied.id());
        assertThat(open.get(0)).satisfies(claim -> {
            assertThat(claim.paid()).isEqualTo(Money.parse("60.00"));
            assertThat(claim.patientResponsibility()).isEqualTo(Money.parse("20.00"));
            assertThat(claim.writtenOff()).isEqualTo(Money.parse("10.00"));
            assertThat(claim.balance()).isEqualTo(Money.parse("10.00"));
            assertThat(claim.sent()).contains(StoreContract.CLOCK.instant());
            assertThat(claim.controlNumber()).isEqualTo(partly.value().patientControlNumber());
        });
        assertThat(open.get(1).balance()).isEqualTo(Money.parse("50.00"));
        assertThat(open.get(1).status()).isEqualTo(ClaimStatus.DENIED);
    }

    @Test
    void a_claim_counts_as_denied_when_it_stands_denied_a_payment_says_denied_or_an_adjustment_is_not_routine() {
        String payer = "rpt-" + NEXT.incrementAndGet();
        Stored<ClaimRecord> paid = claim(firstProvider, payer, LocalDate.of(2030, 3, 1), ClaimStatus.SUBMITTED, "100.00");
        Stored<ClaimRecord> deniedByStatus = claim(firstProvider, payer, LocalDate.of(2030, 3, 2), ClaimStatus.SUBMITTED, "100.00");
        Stored<ClaimRecord> bundled = claim(firstProvider, payer, LocalDate.of(2030, 3, 3), ClaimStatus.SUBMITTED, "100.00");
        Stored<ClaimRecord> unanswered = claim(firstProvider, payer, LocalDate.of(2030, 3, 4), ClaimStatus.SUBMITTED, "100.00");
        Stored<ClaimRecord> later = claim(firstProvider, payer, LocalDate.of(2030, 4, 1), ClaimStatus.SUBMITTED, "100.00");
        post(paid, payment(paid, ClaimPaymentStatus.PROCESSED_AS_PRIMARY, "80.00", "20.00",
                line("97140", "80.00", adjustment(AdjustmentGroup.PR, "2", "20.00"))));
        post(deniedByStatus, payment(deniedByStatus, ClaimPaymentStatus.DENIED, "0.00", "0.00"));
        post(bundled, payment(bundled, ClaimPaymentStatus.PROCESSED_AS_PRIMARY, "60.00", "0.00",
                line("97140", "60.00"), line("97124", "0.00", adjustment(AdjustmentGroup.CO, "97", "40.00"))));
        post(later, payment(later, ClaimPaymentStatus.DENIED, "0.00", "0.00"));

        LocalDate from = LocalDate.of(2030, 3, 1);
        LocalDate through = LocalDate.of(2030, 3, 31);

        assertThat(database().reports().denialCounts(from, through, ROUTINE))
                .filteredOn(row -> row.payerId().equals(payer))
                .containsExactly(new ReportStore.PayerDenials(payer, 3, 2));
        assertThat(database().reports().claimsWithDenialAdjustments(from, through, ROUTINE))
                .extracting(ReportStore.PeriodClaim::claimId).containsExactly(bundled.id());
        assertThat(unanswered.id()).isPositive();
    }

    @Test
    void revenue_sums_what_was_paid_per_code_and_what_was_charged_and_paid_per_provider_of_sent_claims() {
        String payer = "rpt-" + NEXT.incrementAndGet();
        Stored<ClaimRecord> first = claim(firstProvider, payer, LocalDate.of(2031, 5, 1), ClaimStatus.SUBMITTED, "100.00");
        Stored<ClaimRecord> second = claim(secondProvider, payer, LocalDate.of(2031, 5, 2), ClaimStatus.SUBMITTED, "80.00");
        claim(secondProvider, payer, LocalDate.of(2031, 5, 3), ClaimStatus.READY, "500.00");
        post(first, payment(first, ClaimPaymentStatus.PROCESSED_AS_PRIMARY, "70.00", "0.00",
                line("97140", "45.00"), line("97124", "25.00")));
        post(second, payment(second, ClaimPaymentStatus.PROCESSED_AS_PRIMARY, "30.00", "0.00", line("97140", "30.00")));

        LocalDate from = LocalDate.of(2031, 5, 1);
        LocalDate through = LocalDate.of(2031, 5, 31);

        assertThat(database().reports().paidByCode(from, through)).containsExactly(
                new ReportStore.CodePaid("97124", Money.parse("25.00")), new ReportStore.CodePaid("97140", Money.parse("75.00")));
        assertThat(database().reports().revenueByProvider(from, through)).containsExactly(
                new ReportStore.ProviderRevenue(firstProvider, 1, Money.parse("100.00"), Money.parse("70.00")),
                new ReportStore.ProviderRevenue(secondProvider, 1, Money.parse("80.00"), Money.parse("30.00")));
    }

    @Test
    void the_claims_of_a_period_are_the_primary_claims_seen_from_its_first_through_its_last_day() {
        String payer = "rpt-" + NEXT.incrementAndGet();
        claim(firstProvider, payer, LocalDate.of(2032, 1, 31), ClaimStatus.READY, "10.00");
        Stored<ClaimRecord> first = claim(firstProvider, payer, LocalDate.of(2032, 2, 1), ClaimStatus.DRAFT, "20.00");
        Stored<ClaimRecord> last = claim(secondProvider, payer, LocalDate.of(2032, 2, 29), ClaimStatus.PAID, "30.00");
        Stored<ClaimRecord> secondary = claim(secondProvider, payer, LocalDate.of(2032, 2, 29), ClaimStatus.SUBMITTED, "30.00");
        database().jdbi().useHandle(handle -> handle.createUpdate(
                        "UPDATE claim SET payer_priority = 2, primary_claim_id = :primary WHERE id = :id")
                .bind("primary", last.id()).bind("id", secondary.id()).execute());
        claim(firstProvider, payer, LocalDate.of(2032, 3, 1), ClaimStatus.READY, "40.00");

        List<ReportStore.PeriodClaim> claims = database().reports().claims(LocalDate.of(2032, 2, 1), LocalDate.of(2032, 2, 29));

        assertThat(claims).extracting(ReportStore.PeriodClaim::claimId).containsExactly(first.id(), last.id());
        assertThat(claims.get(1)).satisfies(claim -> {
            assertThat(claim.providerId()).isEqualTo(secondProvider);
            assertThat(claim.status()).isEqualTo(ClaimStatus.PAID);
            assertThat(claim.charge()).isEqualTo(Money.parse("30.00"));
            assertThat(claim.ruleDataVersion()).isEqualTo("builtin-test");
            assertThat(claim.findings()).isEmpty();
        });
    }

    @Test
    void the_audit_pages_hand_over_the_periods_primary_claims_in_order_each_with_its_visit_patient_and_referrals() {
        String payer = "rpt-" + NEXT.incrementAndGet();
        Referral referral = new Referral(new ReferringProvider("Ruth", "Adams", "1564738296", Optional.of("RF-9")),
                LocalDate.of(2033, 1, 1), LocalDate.of(2033, 12, 31), 12, 0);
        database().referrals().create(patientId, referral);
        claim(firstProvider, payer, LocalDate.of(2033, 1, 31), ClaimStatus.READY, "10.00");
        List<Long> inPeriod = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            inPeriod.add(claim(firstProvider, payer, LocalDate.of(2033, 2, day), ClaimStatus.READY, "20.00").id());
        }
        claim(firstProvider, payer, LocalDate.of(2033, 3, 1), ClaimStatus.READY, "40.00");
        List<List<AuditClaim>> pages = new ArrayList<>();

        long handed = database().reports().forEachAuditPage(LocalDate.of(2033, 2, 1), LocalDate.of(2033, 2, 28), 2,
                page -> pages.add(List.copyOf(page)));

        assertThat(handed).isEqualTo(5);
        assertThat(pages).extracting(List::size).containsExactly(2, 2, 1);
        assertThat(pages.stream().flatMap(List::stream).map(AuditClaim::claimId).toList()).isEqualTo(inPeriod);
        assertThat(pages.get(0).get(0)).satisfies(claim -> {
            assertThat(claim.visitBody()).isEqualTo("{}");
            assertThat(claim.patient().id()).isEqualTo(patientId);
            assertThat(claim.patient().value().patient().person().lastName()).isEqualTo("Quill");
            assertThat(claim.referrals()).extracting(stored -> stored.value().referrer().lastName()).containsExactly("Adams");
            assertThat(claim.ruleDataVersion()).isEqualTo("builtin-test");
            assertThat(claim.findings()).isEmpty();
        });
    }

    @Test
    void a_period_without_claims_hands_over_no_audit_page() {
        List<List<AuditClaim>> pages = new ArrayList<>();

        long handed = database().reports().forEachAuditPage(LocalDate.of(1990, 1, 1), LocalDate.of(1990, 1, 31), 100,
                pages::add);

        assertThat(handed).isZero();
        assertThat(pages).isEmpty();
    }

    private Stored<ClaimRecord> claim(long providerId, String payer, LocalDate date, ClaimStatus status, String charge) {
        long visitId = database().visits().create(new VisitRecord(patientId, providerId, date, payer, "{}"), Samples.AUDIT).id();
        return database().claims().create(new ClaimRecord(visitId, patientId, payer, status,
                "R" + NEXT.incrementAndGet() + "-" + System.nanoTime(), Money.parse(charge), Samples.emptyDraft(payer, date)),
                "biller");
    }

    /** Posts the payment to the claim without moving it: these tests choose each claim's status themselves. */
    private void post(Stored<ClaimRecord> claim, ClaimPayment payment) {
        Remittance remittance = new Remittance("RPT" + NEXT.incrementAndGet() + "-" + System.nanoTime(), payment.paid(), "ACH",
                LocalDate.of(2026, 11, 20), "BLUE CROSS", "1234567890", "CLEANCLAIM CLINIC", "1999999984", List.of(payment),
                List.of());
        List<Optional<Integer>> lines = payment.lines().stream().map(line -> Optional.<Integer>empty()).toList();
        assertThat(database().remittances().record(remittance, "era.835", "biller",
                List.of(new Posting.ToClaim(claim.id(), lines, List.of())))).isInstanceOf(Recorded.Saved.class);
    }

    private static ClaimPayment payment(Stored<ClaimRecord> claim, ClaimPaymentStatus status, String paid, String patient,
                                        ServicePayment... lines) {
        return new ClaimPayment(claim.value().patientControlNumber(), status, claim.value().totalCharge(), Money.parse(paid),
                Money.parse(patient), Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(lines));
    }

    private static ServicePayment line(String code, String paid, Adjustment... adjustments) {
        return new ServicePayment(code, List.of(), Money.parse("100.00"), Money.parse(paid), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(adjustments), List.of());
    }

    private static Adjustment adjustment(AdjustmentGroup group, String reason, String amount) {
        return new Adjustment(group, reason, Money.parse(amount), Optional.empty());
    }
}

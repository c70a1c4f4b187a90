package dev.cleanclaim.app.workspace;

import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.app.contract.InputProblem;

import dev.cleanclaim.app.contract.InputException;

import dev.cleanclaim.core.account.PatientAccount;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.remit.Adjustment;
import dev.cleanclaim.core.remit.AdjustmentGroup;
import dev.cleanclaim.core.remit.ClaimPayment;
import dev.cleanclaim.core.remit.ClaimPaymentStatus;
import dev.cleanclaim.core.remit.DenialExplanation;
import dev.cleanclaim.core.remit.ProviderAdjustment;
import dev.cleanclaim.core.remit.Remittance;
import dev.cleanclaim.core.remit.ServicePayment;
import dev.cleanclaim.store.ClaimEvent;
import dev.cleanclaim.store.ClaimRecord;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.PostedPayment;
import dev.cleanclaim.store.Stored;
import dev.cleanclaim.store.UserRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Remittances posted to stored claims: payments, write-offs, patient shares, denials explained, reversals, the queue. */
class RemittancesTest {

    private final DemoWorkspace demo = new DemoWorkspace("remittances");
    private final Database database = demo.database();
    private final Workspace workspace = demo.workspace();
    private int traces;

    @AfterEach
    void close() {
        demo.close();
    }

    @Test
    void a_full_payment_marks_the_submitted_claim_paid_and_shows_on_the_claim() {
        Stored<ClaimRecord> claim = submittedClaim("2026-11-02", MANUAL_THERAPY);

        RemittanceImport imported = post(remittance(paidAsBilled(claim)));

        assertThat(imported.posted()).isEqualTo(1);
        assertThat(imported.queued()).isZero();
        assertThat(statusOf(claim)).isEqualTo(ClaimStatus.PAID);
        ClaimPayments payments = workspace.remittances().forClaim(biller(), claim.id());
        assertThat(payments.paid()).isEqualTo(claim.value().totalCharge());
        assertThat(payments.payments().get(0).posted().lineNumbers()).containsExactly(Optional.of(1));
        assertThat(payments.payments().get(0).denials()).isEmpty();
    }

    @Test
    void a_partial_payment_writes_off_the_contractual_part_and_leaves_the_patient_their_share() {
        Stored<ClaimRecord> claim = submittedClaim("2026-11-02", MANUAL_THERAPY);
        Money charge = claim.value().totalCharge();
        Money contractual = Money.parse("12.00");
        Money coinsurance = Money.parse("8.00");
        Money paid = new Money(charge.cents() - contractual.cents() - coinsurance.cents());
        ServicePayment line = line(claim, 1, paid, List.of(adjustment("CO", "45", contractual), adjustment("PR", "2", coinsurance)),
                List.of());

        post(remittance(new ClaimPayment(pcn(claim), ClaimPaymentStatus.PROCESSED_AS_PRIMARY, charge, paid, coinsurance,
                Optional.of("PAYER-1"), Optional.empty(), List.of(), List.of(), List.of(line))));

        assertThat(statusOf(claim)).isEqualTo(ClaimStatus.PAID);
        ClaimPayments payments = workspace.remittances().forClaim(biller(), claim.id());
        assertThat(payments.writtenOff()).isEqualTo(contractual);
        assertThat(payments.patientResponsibility()).isEqualTo(coinsurance);
        assertThat(payments.payments().get(0).denials()).as("routine adjustments are not denials").isEmpty();
        PatientAccount account = workspace.accounts().account(biller(), claim.value().patientId());
        assertThat(account.balance()).isEqualTo(coinsurance);
    }

    @Test
    void a_denial_with_remark_codes_is_explained_and_traced_to_the_rule_that_should_have_caught_it() {
        Stored<ClaimRecord> claim = submittedClaim("2026-11-02", MANUAL_THERAPY);
        ServicePayment line = line(claim, 1, Money.ZERO, List.of(adjustment("CO", "97", claim.value().totalCharge())),
                List.of("M15"));

        post(remittance(new ClaimPayment(pcn(claim), ClaimPaymentStatus.DENIED, claim.value().totalCharge(), Money.ZERO,
                Money.ZERO, Optional.of("PAYER-2"), Optional.empty(), List.of(), List.of("N20"), List.of(line))));

        assertThat(statusOf(claim)).isEqualTo(ClaimStatus.DENIED);
        List<DenialExplanation> denials = workspace.remittances().forClaim(biller(), claim.id()).payments().get(0).denials();
        assertThat(denials).singleElement().satisfies(denial -> {
            assertThat(denial.adjustment().code()).isEqualTo("CO-97");
            assertThat(denial.procedureCode()).contains("97140");
            assertThat(denial.meaning()).contains("included in the payment/allowance for another service");
            assertThat(denial.remarks()).extracting(DenialExplanation.Remark::code).containsExactly("M15", "N20");
            assertThat(denial.trace().orElseThrow().ruleIds()).containsExactly("ncci.ptp");
        });
    }

    @Test
    void a_reversal_and_repayment_reopen_the_paid_claim_and_pay_it_again_with_the_net_kept() {
        Stored<ClaimRecord> claim = submittedClaim("2026-11-02", MANUAL_THERAPY);
        Money charge = claim.value().totalCharge();
        post(remittance(paidAsBilled(claim)));
        Money corrected = new Money(charge.cents() - 500);
        ClaimPayment reversal = new ClaimPayment(pcn(claim), ClaimPaymentStatus.REVERSAL, negate(charge), negate(charge),
                Money.ZERO, Optional.of("PAYER-1"), Optional.empty(), List.of(),
                List.of(), List.of(line(claim, 1, negate(charge), List.of(), List.of())));
        ClaimPayment repayment = new ClaimPayment(pcn(claim), ClaimPaymentStatus.PROCESSED_AS_PRIMARY, charge, corrected,
                Money.ZERO, Optional.of("PAYER-1B"), Optional.empty(), List.of(), List.of(),
                List.of(line(claim, 1, corrected, List.of(adjustment("CO", "45", Money.parse("5.00"))), List.of())));

        post(remittance(reversal, repayment));

        assertThat(statusOf(claim)).isEqualTo(ClaimStatus.PAID);
        assertThat(database.claims().history(claim.id())).extracting(ClaimEvent::to).endsWith(ClaimStatus.SUBMITTED,
                ClaimStatus.PAID, ClaimStatus.SUBMITTED, ClaimStatus.PAID);
        ClaimPayments payments = workspace.remittances().forClaim(biller(), claim.id());
        assertThat(payments.payments()).hasSize(3);
        assertThat(payments.paid()).isEqualTo(corrected);
    }

    @Test
    void provider_adjustments_are_kept_with_their_remittance_and_the_payment_balances() {
        Stored<ClaimRecord> claim = submittedClaim("2026-11-02", MANUAL_THERAPY);
        ClaimPayment paid = paidAsBilled(claim);
        List<ProviderAdjustment> plb = List.of(
                new ProviderAdjustment("1999999984", LocalDate.of(2026, 12, 31), "WO", Optional.of("OLD-CLAIM-7"), Money.parse("10.00")),
                new ProviderAdjustment("1999999984", LocalDate.of(2026, 12, 31), "L6", Optional.empty(), Money.parse("-1.50")));
        Money check = new Money(paid.paid().cents() - 1000 + 150);
        Remittance remittance = new Remittance("PLB-" + (++traces), check, "CHK", LocalDate.of(2026, 11, 20), "BLUE CROSS",
                "BCBS01", "DEMO", "1999999984", List.of(paid), plb);

        RemittanceImport imported = post(remittance);

        assertThat(imported.warnings()).noneMatch(warning -> warning.contains("does not balance"));
        RemittanceDetail detail = workspace.remittances().get(biller(), imported.transactions().get(0).remittanceId());
        assertThat(detail.providerAdjustments()).isEqualTo(plb);
        assertThat(detail.summary().totalPaid()).isEqualTo(check);
    }

    @Test
    void a_payment_for_no_claim_of_ours_waits_in_the_queue_with_its_reason_until_a_biller_posts_it() {
        Stored<ClaimRecord> claim = submittedClaim("2026-11-02", MANUAL_THERAPY);
        ClaimPayment stranger = new ClaimPayment("NOT-OURS-1", ClaimPaymentStatus.PROCESSED_AS_PRIMARY,
                claim.value().totalCharge(), claim.value().totalCharge(), Money.ZERO, Optional.of("PAYER-9"),
                Optional.of("DOE, JANE"), List.of(), List.of(), List.of());

        RemittanceImport imported = post(remittance(stranger));

        assertThat(imported.queued()).isEqualTo(1);
        List<PostedPayment> queue = workspace.remittances().queue(biller(), 1, 200).items();
        assertThat(queue).singleElement().satisfies(waiting ->
                assertThat(waiting.unmatchedReason()).contains("no claim has patient control number NOT-OURS-1"));
        assertThatThrownBy(() -> workspace.remittances().match(biller(), queue.get(0).id(), claim.id(), Optional.empty()))
                .isInstanceOfSatisfying(InputException.class, refused -> assertThat(refused.problems())
                        .extracting(InputProblem::path).contains("patient"));
        workspace.remittances().match(biller(), queue.get(0).id(), claim.id(), Optional.of("the payer misspelt her name"));
        assertThat(workspace.remittances().queue(biller(), 1, 200).items()).isEmpty();
        assertThat(database.claims().history(claim.id())).anySatisfy(event -> assertThat(event.note())
                .hasValueSatisfying(note -> assertThat(note).contains("the payer misspelt her name")));
        assertThat(statusOf(claim)).isEqualTo(ClaimStatus.PAID);
    }

    @Test
    void a_claim_never_sent_does_not_take_a_payment_without_a_person_looking() {
        long patientId = demo.patientOf("Reyes").id();
        StoredVisit visit = workspace.visits().create(biller(), patientId, visitJson("2026-11-03",
                "{\"code\": \"98940\", \"regions\": [\"cervical\"]}, {\"code\": \"97140\", \"minutes\": 15, \"regions\": [\"cervical\"]}"));
        Stored<ClaimRecord> scrubbed = workspace.claims().create(biller(), visit.id()).claim();
        assertThat(scrubbed.value().status()).isEqualTo(ClaimStatus.SCRUBBED);

        RemittanceImport imported = post(remittance(paidAsBilled(scrubbed)));

        assertThat(imported.queued()).isEqualTo(1);
        assertThat(workspace.remittances().queue(biller(), 1, 200).items().get(0).unmatchedReason().orElseThrow())
                .contains("claim is scrubbed, never sent");
        assertThat(statusOf(scrubbed)).isEqualTo(ClaimStatus.SCRUBBED);
    }

    @Test
    void importing_the_same_payment_twice_changes_nothing() {
        Stored<ClaimRecord> claim = submittedClaim("2026-11-02", MANUAL_THERAPY);
        Remittance remittance = remittance(paidAsBilled(claim));

        post(remittance);
        List<ClaimEvent> history = database.claims().history(claim.id());
        RemittanceImport again = post(remittance);

        assertThat(again.transactions()).singleElement().isInstanceOf(RemittanceImport.AlreadyImported.class);
        assertThat(database.claims().history(claim.id())).isEqualTo(history);
        assertThat(workspace.remittances().forClaim(biller(), claim.id()).payments()).hasSize(1);
    }

    @Test
    void a_therapist_may_not_import_or_read_remittances() {
        Actor therapist = new Actor(3, "ortiz", UserRole.THERAPIST, Optional.of(2L), "10.0.0.3");

        assertThatThrownBy(() -> workspace.remittances().list(therapist, 1, 200).items()).isInstanceOf(WorkspaceException.Forbidden.class);
        assertThatThrownBy(() -> workspace.remittances().post(therapist, "era.835", List.of(), List.of()))
                .isInstanceOf(WorkspaceException.Forbidden.class);
    }

    private static final String MANUAL_THERAPY = "{\"code\": \"97140\", \"minutes\": 23, \"regions\": [\"lumbar\"]}";

    @Test
    void a_payment_for_another_patients_service_is_refused_naming_each_difference_unless_overridden() {
        Stored<ClaimRecord> claim = submittedClaim("2026-11-02", MANUAL_THERAPY);
        ServicePayment theirs = new ServicePayment("97110", List.of("GP"), Money.parse("50.00"), Money.parse("50.00"),
                Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(2026, 10, 1)), Optional.empty(), List.of(), List.of());
        ClaimPayment other = new ClaimPayment("SOMEONE-ELSE", ClaimPaymentStatus.PROCESSED_AS_PRIMARY, Money.parse("50.00"),
                Money.parse("50.00"), Money.ZERO, Optional.of("P-7"), Optional.of("STRANGER, PAT"), List.of(), List.of(),
                List.of(theirs), Optional.of("NOT-HER-ID"));
        post(remittance(other));
        long waiting = workspace.remittances().queue(biller(), 1, 200).items().stream()
                .filter(payment -> payment.payment().patientControlNumber().equals("SOMEONE-ELSE")).findFirst().orElseThrow().id();

        assertThatThrownBy(() -> workspace.remittances().match(biller(), waiting, claim.id(), Optional.empty()))
                .isInstanceOfSatisfying(InputException.class, refused -> assertThat(refused.problems())
                        .extracting(InputProblem::path)
                        .contains("patient", "memberId", "dateOfService", "procedureCodes", "charge"));
        assertThat(statusOf(claim)).isEqualTo(ClaimStatus.SUBMITTED);
    }

    @Test
    void a_payment_posted_by_hand_can_be_reversed_and_goes_back_to_the_queue_with_the_claim_reopened() {
        Stored<ClaimRecord> claim = submittedClaim("2026-11-02", MANUAL_THERAPY);
        ClaimPayment paid = paidAsBilled(claim);
        ClaimPayment renamed = new ClaimPayment("LOST-" + pcn(claim), paid.status(), paid.charge(), paid.paid(),
                paid.patientResponsibility(), paid.payerClaimNumber(), Optional.empty(), List.of(), List.of(), paid.lines());
        post(remittance(renamed));
        long waiting = workspace.remittances().queue(biller(), 1, 200).items().stream()
                .filter(payment -> payment.payment().patientControlNumber().equals("LOST-" + pcn(claim))).findFirst()
                .orElseThrow().id();
        workspace.remittances().match(biller(), waiting, claim.id(), Optional.empty());
        assertThat(statusOf(claim)).isEqualTo(ClaimStatus.PAID);

        workspace.remittances().reverse(biller(), waiting, "posted to the wrong visit");

        assertThat(statusOf(claim)).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(workspace.remittances().forClaim(biller(), claim.id()).paid()).isEqualTo(Money.ZERO);
        assertThat(workspace.remittances().queue(biller(), 1, 200).items()).anyMatch(payment -> payment.id() == waiting);
        assertThat(database.remittances().reversals(waiting)).singleElement()
                .satisfies(reversal -> assertThat(reversal.reason()).isEqualTo("posted to the wrong visit"));
    }

    @Test
    void a_payment_the_import_posted_can_be_reversed_and_stays_on_the_claim_counted_for_nothing() {
        Stored<ClaimRecord> claim = submittedClaim("2026-11-02", MANUAL_THERAPY);
        post(remittance(paidAsBilled(claim)));
        long posted = workspace.remittances().forClaim(biller(), claim.id()).payments().get(0).posted().id();

        ClaimPayments after = workspace.remittances().reverse(biller(), posted, "the check bounced");

        assertThat(after.payments()).singleElement().satisfies(payment ->
                assertThat(payment.posted().reversed()).isPresent());
        assertThat(after.paid()).isEqualTo(Money.ZERO);
        assertThat(statusOf(claim)).isEqualTo(ClaimStatus.SUBMITTED);
        assertThatThrownBy(() -> workspace.remittances().reverse(biller(), posted, "again"))
                .isInstanceOf(WorkspaceException.Conflict.class);
        assertThatThrownBy(() -> workspace.remittances().reverse(biller(), posted, " "))
                .isInstanceOf(InputException.class);
    }

    @Test
    void a_therapist_may_not_post_or_reverse_payments() {
        Actor therapist = new Actor(3, "ortiz", UserRole.THERAPIST, Optional.of(2L), "10.0.0.3");

        assertThatThrownBy(() -> workspace.remittances().reverse(therapist, 1, "no")).isInstanceOf(WorkspaceException.Forbidden.class);
        assertThatThrownBy(() -> workspace.remittances().match(therapist, 1, 1, Optional.of("no")))
                .isInstanceOf(WorkspaceException.Forbidden.class);
    }

    @Test
    void a_claim_with_a_line_denied_is_partly_paid_and_the_line_is_a_denial_to_work() {
        Stored<ClaimRecord> claim = submittedClaim("2026-11-02", "{\"code\": \"97110\", \"minutes\": 30}, {\"code\": \"97140\", \"minutes\": 15}");
        List<ClaimLine> ours = claim.value().draft().lines();
        Money firstCharge = ours.get(0).charge().orElseThrow();
        Money secondCharge = ours.get(1).charge().orElseThrow();
        ClaimPayment partly = new ClaimPayment(pcn(claim), ClaimPaymentStatus.PROCESSED_AS_PRIMARY, claim.value().totalCharge(),
                firstCharge, Money.ZERO, Optional.of("PAYER-1"), Optional.empty(), List.of(), List.of(), List.of(
                line(claim, 1, firstCharge, List.of(), List.of()),
                line(claim, 2, Money.ZERO, List.of(adjustment("CO", "97", secondCharge)), List.of("M80"))));

        post(remittance(partly));

        assertThat(statusOf(claim)).isEqualTo(ClaimStatus.PARTLY_PAID);
        assertThat(workspace.remittances().denialsToWork(biller(), 1, 200).items()).anySatisfy(denied -> {
            assertThat(denied.claimId()).isEqualTo(claim.id());
            assertThat(denied.lineNumber()).contains(2);
            assertThat(denied.adjustment().code()).isEqualTo("CO-97");
        });
    }

    private RemittanceImport post(Remittance remittance) {
        return workspace.remittances().post(biller(), "era-" + remittance.traceNumber() + ".835", List.of(remittance), List.of());
    }

    private Remittance remittance(ClaimPayment... payments) {
        Money total = List.of(payments).stream().map(ClaimPayment::paid).reduce(Money.ZERO, Money::plus);
        return new Remittance("TRN-" + (++traces), total, "ACH", LocalDate.of(2026, 11, 20), "BLUE CROSS", "BCBS01",
                "DEMO", "1999999984", List.of(payments), List.of());
    }

    private ClaimPayment paidAsBilled(Stored<ClaimRecord> claim) {
        Money charge = claim.value().totalCharge();
        List<ServicePayment> lines = new ArrayList<>();
        List<ClaimLine> ours = claim.value().draft().lines();
        for (int number = 1; number <= ours.size(); number++) {
            lines.add(line(claim, number, ours.get(number - 1).charge().orElseThrow(), List.of(), List.of()));
        }
        return new ClaimPayment(pcn(claim), ClaimPaymentStatus.PROCESSED_AS_PRIMARY, charge, charge, Money.ZERO,
                Optional.of("PAYER-1"), Optional.empty(), List.of(), List.of(), lines);
    }

    private static ServicePayment line(Stored<ClaimRecord> claim, int number, Money paid, List<Adjustment> adjustments,
                                       List<String> remarks) {
        ClaimLine ours = claim.value().draft().lines().get(number - 1);
        Money charge = ours.charge().orElseThrow();
        return new ServicePayment(ours.code(), ours.modifiers(), paid.cents() < 0 ? negate(charge) : charge, paid,
                Optional.empty(), Optional.of(pcn(claim) + "-" + number), Optional.of(claim.value().dateOfService()),
                Optional.empty(), adjustments, remarks);
    }

    private Stored<ClaimRecord> submittedClaim(String date, String services) {
        long patientId = demo.patientOf("Reyes").id();
        StoredVisit visit = workspace.visits().create(biller(), patientId, visitJson(date, services));
        ClaimView claim = workspace.claims().create(biller(), visit.id());
        assertThat(claim.claim().value().status()).as("findings: %s", visit.claim().findings()).isEqualTo(ClaimStatus.READY);
        return workspace.claims().move(biller(), claim.claim().id(), claim.claim().version(), ClaimStatus.SUBMITTED,
                Optional.empty()).claim();
    }

    private ClaimStatus statusOf(Stored<ClaimRecord> claim) {
        return database.claims().find(claim.id()).orElseThrow().value().status();
    }

    private static String pcn(Stored<ClaimRecord> claim) {
        return claim.value().patientControlNumber();
    }

    private static Adjustment adjustment(String group, String reason, Money amount) {
        return new Adjustment(AdjustmentGroup.valueOf(group), reason, amount, Optional.empty());
    }

    private static Money negate(Money money) {
        return new Money(-money.cents());
    }

    private Actor biller() {
        return DemoWorkspace.BILLER;
    }

    private static String visitJson(String date, String services) {
        return """
                {"dateOfService": "%s", "payer": "commercial", "provider": {"type": "DC", "npi": "1000000004"},
                 "diagnoses": [{"code": "M99.01", "regions": ["cervical"]}, {"code": "M54.50", "regions": ["lumbar"]}],
                 "services": [%s],
                 "documentation": {"referral": true, "clinicalRationale": true, "activeTreatment": true}}"""
                .formatted(date, services);
    }
}

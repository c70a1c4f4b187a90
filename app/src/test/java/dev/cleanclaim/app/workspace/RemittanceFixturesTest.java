package dev.cleanclaim.app.workspace;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.practice.ReferringProvider;
import dev.cleanclaim.core.referral.Referral;
import dev.cleanclaim.core.remit.DenialExplanation;
import dev.cleanclaim.store.ClaimEvent;
import dev.cleanclaim.store.ClaimRecord;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.PatientRecord;
import dev.cleanclaim.store.PostedPayment;
import dev.cleanclaim.store.Stored;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The 835 fixtures written from the implementation guide's examples (x12 test jar), read and posted to the demo
 * practice's patients' claims: full payment, partial payment, denial with remarks, reversal and re-payment, provider
 * adjustments, and a claim that is not ours.
 */
class RemittanceFixturesTest {

    private final DemoWorkspace demo = new DemoWorkspace("fixtures");
    private final Database database = demo.database();
    private final Workspace workspace = demo.workspace();
    private final Actor biller = DemoWorkspace.BILLER;

    @AfterEach
    void close() {
        demo.close();
    }

    @Test
    void a_full_payment_pays_the_claim_as_billed() {
        Stored<ClaimRecord> claim = sent("A1001", "2026-11-02", 2);

        RemittanceImport imported = importFixture("full-payment.835");

        assertThat(imported.posted()).isEqualTo(1);
        assertThat(statusOf(claim)).isEqualTo(ClaimStatus.PAID);
        ClaimPayments payments = workspace.remittances().forClaim(biller, claim.id());
        assertThat(payments.paid()).isEqualTo(Money.parse("107.50"));
        assertThat(payments.payments().get(0).posted().lineNumbers()).containsExactly(Optional.of(1), Optional.of(2));
    }

    @Test
    void a_partial_payment_posts_the_contractual_write_off_and_the_patients_deductible_and_coinsurance() {
        Stored<ClaimRecord> claim = sent("A1004", "2026-11-03", 2);

        importFixture("partial-payment.835");

        ClaimPayments payments = workspace.remittances().forClaim(biller, claim.id());
        assertThat(statusOf(claim)).isEqualTo(ClaimStatus.PAID);
        assertThat(payments.paid()).isEqualTo(Money.parse("35.68"));
        assertThat(payments.patientResponsibility()).isEqualTo(Money.parse("49.10"));
        assertThat(payments.writtenOff()).isEqualTo(Money.parse("95.22"));
        assertThat(payments.payments().get(0).denials()).extracting(denial -> denial.adjustment().code())
                .as("the unit reduction is a problem to work; CO-45 and the sequestration are routine").containsExactly("CO-151");
        assertThat(workspace.accounts().account(biller, claim.value().patientId()).charges())
                .anySatisfy(charge -> assertThat(charge.patientShare()).isEqualTo(Money.parse("49.10")));
    }

    @Test
    void a_denial_with_remark_codes_denies_the_claim_and_traces_both_lines_to_ncci() {
        Stored<ClaimRecord> claim = sent("A1007", "2026-11-09", 2);

        importFixture("denial.835");

        assertThat(statusOf(claim)).isEqualTo(ClaimStatus.DENIED);
        List<DenialExplanation> denials = workspace.remittances().forClaim(biller, claim.id()).payments().get(0).denials();
        assertThat(denials).extracting(denial -> denial.adjustment().code()).containsExactly("CO-97", "CO-236");
        assertThat(denials).allSatisfy(denial -> assertThat(denial.trace().orElseThrow().ruleIds()).containsExactly("ncci.ptp"));
        assertThat(denials.get(1).remarks()).extracting(DenialExplanation.Remark::code).contains("N20", "M80", "MA01", "N19");
    }

    @Test
    void a_reversal_and_repayment_keep_the_net_and_the_claims_history_says_what_happened() {
        Stored<ClaimRecord> claim = sent("A1002", "2026-10-27", 1);

        importFixture("reversal-and-correction.835");

        assertThat(statusOf(claim)).isEqualTo(ClaimStatus.PAID);
        ClaimPayments payments = workspace.remittances().forClaim(biller, claim.id());
        assertThat(payments.paid()).isEqualTo(Money.parse("5.00"));
        assertThat(payments.patientResponsibility()).isEqualTo(Money.ZERO);
        assertThat(database.claims().history(claim.id())).extracting(ClaimEvent::note)
                .anySatisfy(note -> assertThat(note).hasValueSatisfying(text -> assertThat(text).contains("processed as primary")));
    }

    @Test
    void provider_adjustments_are_kept_and_both_claims_are_paid() {
        Stored<ClaimRecord> first = sent("A1003", "2026-11-04", 1);
        Stored<ClaimRecord> second = sent("A1006", "2026-11-04", 1);

        RemittanceImport imported = importFixture("provider-adjustment.835");

        assertThat(statusOf(first)).isEqualTo(ClaimStatus.PAID);
        assertThat(statusOf(second)).isEqualTo(ClaimStatus.PAID);
        RemittanceDetail detail = workspace.remittances().get(biller, imported.transactions().get(0).remittanceId());
        assertThat(detail.providerAdjustments()).extracting(adjustment -> adjustment.reason() + " " + adjustment.amount())
                .containsExactly("L6 -1.27", "WO 25.00", "CS -3.50");
        assertThat(detail.summary().totalPaid()).isEqualTo(Money.parse("40.40"));
        assertThat(imported.warnings()).noneMatch(warning -> warning.contains("does not balance"));
    }

    @Test
    void a_claim_that_is_not_ours_waits_in_the_queue_with_its_reason_and_importing_again_changes_nothing() {
        RemittanceImport first = importFixture("unmatched-claim.835");
        RemittanceImport again = importFixture("unmatched-claim.835");

        assertThat(first.queued()).isEqualTo(1);
        assertThat(again.transactions()).singleElement().isInstanceOf(RemittanceImport.AlreadyImported.class);
        List<PostedPayment> queue = workspace.remittances().queue(biller, 1, 200).items();
        assertThat(queue).singleElement().satisfies(waiting -> {
            assertThat(waiting.payment().patientControlNumber()).isEqualTo("PT88213-1105");
            assertThat(waiting.unmatchedReason()).contains("no claim has patient control number PT88213-1105");
        });
    }

    @Test
    void a_file_with_two_payments_posts_both_transactions() {
        RemittanceImport imported = importFixture("two-transactions.835");

        assertThat(imported.transactions()).hasSize(2).extracting(RemittanceImport.Transaction::traceNumber)
                .containsExactly("0012350001", "0012350002");
    }

    @Test
    void a_payment_that_does_not_balance_is_posted_with_one_warning_that_gives_its_figures() {
        Stored<ClaimRecord> claim = sent("A1001", "2026-11-02", 2);
        byte[] unbalanced = fixture("full-payment.835").replace("BPR*I*107.5*", "BPR*I*100*").getBytes(StandardCharsets.US_ASCII);

        RemittanceImport imported = workspace.remittances().importFile(biller, "short-check.835", unbalanced);

        assertThat(statusOf(claim)).isEqualTo(ClaimStatus.PAID);
        assertThat(imported.warnings()).filteredOn(warning -> warning.contains("does not balance")).singleElement()
                .asString().contains("claims paid 107.50", "the payment (BPR02) is 100.00");
    }

    @Test
    void a_file_that_is_not_an_835_is_refused_naming_where_and_nothing_is_posted() {
        byte[] broken = fixture("full-payment.835").replace("CLP*A1001-20261102*1*107.5*107.5", "CLP*A1001-20261102*1*107.5*1O7.5")
                .getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> workspace.remittances().importFile(biller, "broken.835", broken))
                .isInstanceOfSatisfying(InputException.class, refused -> assertThat(String.join("\n", refused.lines()))
                        .contains("broken.835").contains("CLP").contains("1O7.5"));
        assertThat(workspace.remittances().list(biller, 1, 200).items()).noneMatch(summary -> summary.fileName().equals("broken.835"));
    }

    private RemittanceImport importFixture(String name) {
        return workspace.remittances().importFile(biller, name, fixture(name).getBytes(StandardCharsets.US_ASCII));
    }

    private static String fixture(String name) {
        try (InputStream in = RemittanceFixturesTest.class.getResourceAsStream("/dev/cleanclaim/x12/remit/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name + " in the x12 test jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The claim of the demo patient's visit on that day, made and sent; its lines are timed therapy codes. */
    private Stored<ClaimRecord> sent(String account, String date, int lines) {
        String pcn = account + "-" + date.replace("-", "");
        Stored<ClaimRecord> claim = database.claims().findByControlNumber(pcn).orElseGet(() -> {
            Stored<PatientRecord> patient = workspace.patients().list(biller).stream()
                    .filter(found -> found.value().patient().accountNumber().equals(account)).findFirst().orElseThrow();
            billableUnderCommercial(patient, LocalDate.parse(date));
            String services = lines == 1 ? "{\"code\": \"97110\", \"minutes\": 30, \"regions\": [\"lumbar\"]}"
                    : "{\"code\": \"97110\", \"minutes\": 30, \"regions\": [\"lumbar\"]}, {\"code\": \"97112\", \"minutes\": 15, \"regions\": [\"lumbar\"]}";
            StoredVisit visit = workspace.visits().create(biller, patient.id(), """
                    {"dateOfService": "%s", "payer": "commercial", "provider": {"type": "PT", "npi": "1558598797"},
                     "diagnoses": [{"code": "M54.50", "regions": ["lumbar"]}], "services": [%s],
                     "documentation": {"referral": true, "clinicalRationale": true}}""".formatted(date, services));
            try {
                return workspace.claims().create(biller, visit.id()).claim();
            } catch (InputException e) {
                throw new AssertionError(String.join("; ", e.lines()), e);
            }
        });
        while (claim.value().status() != ClaimStatus.SUBMITTED) {
            ClaimStatus next = switch (claim.value().status()) {
                case DRAFT, SCRUBBED -> ClaimStatus.READY;
                case READY, PAID, DENIED -> ClaimStatus.SUBMITTED;
                default -> throw new IllegalStateException("claim " + pcn + " is " + claim.value().status());
            };
            claim = workspace.claims().move(biller, claim.id(), claim.version(), next, Optional.of("sent")).claim();
        }
        return claim;
    }

    /** The demo patient insured by the commercial plan, with a member id and a referral on file for the date. */
    private void billableUnderCommercial(Stored<PatientRecord> patient, LocalDate date) {
        Patient insured = patient.value().patient();
        Patient withMemberId = new Patient(insured.person(), insured.accountNumber(),
                insured.memberId().or(() -> Optional.of("XYZ" + insured.accountNumber())), insured.groupNumber(),
                insured.relationship(), insured.subscriber(), Optional.empty());
        workspace.patients().update(biller, patient.id(), patient.version(), new PatientRecord(patient.value().practiceId(),
                withMemberId, Optional.of("commercial"), patient.value().therapistId()));
        workspace.patients().addReferral(biller, patient.id(), new Referral(new ReferringProvider("Ruth", "Adams",
                "1564738296", Optional.empty()), date.minusDays(10), date.plusDays(60), 12, 0));
    }

    private ClaimStatus statusOf(Stored<ClaimRecord> claim) {
        return database.claims().find(claim.id()).orElseThrow().value().status();
    }
}

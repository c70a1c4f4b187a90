package dev.cleanclaim.app.workspace;

import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.patient.Coverage;
import dev.cleanclaim.core.patient.Relationship;
import dev.cleanclaim.core.remit.Adjustment;
import dev.cleanclaim.core.remit.AdjustmentGroup;
import dev.cleanclaim.core.remit.ClaimPayment;
import dev.cleanclaim.core.remit.ClaimPaymentStatus;
import dev.cleanclaim.core.remit.Remittance;
import dev.cleanclaim.core.remit.ServicePayment;
import dev.cleanclaim.store.ClaimRecord;
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

/** After the primary pays, the secondary claim: made from the stored payment, written as a secondary 837P. */
class SecondaryClaimsTest {

    private final DemoWorkspace demo = new DemoWorkspace("secondary");
    private final Database database = demo.database();
    private final Workspace workspace = demo.workspace();
    private final Actor biller = DemoWorkspace.BILLER;

    @AfterEach
    void close() {
        demo.close();
    }

    @Test
    void after_the_primary_pays_the_secondary_claim_bills_the_second_policy_with_the_primarys_payment() {
        Stored<ClaimRecord> primary = paidByPrimary(withSecondPolicy());

        ClaimView secondary = workspace.claims().createSecondary(biller, primary.id());

        ClaimRecord record = secondary.claim().value();
        assertThat(record.payerId()).isEqualTo("bcbs");
        assertThat(record.patientControlNumber()).isEqualTo(primary.value().patientControlNumber() + "S");
        assertThat(record.status()).isEqualTo(ClaimStatus.READY);
        assertThat(secondary.history().get(1).note()).hasValueSatisfying(note -> assertThat(note).contains("PAYER-77"));
        String edi = new String(workspace.claims().edi(biller, secondary.claim().id()), StandardCharsets.US_ASCII);
        assertThat(edi).contains("SBR*S*", "CLM*" + record.patientControlNumber() + "*", "AMT*D*", "REF*F8*PAYER-77",
                "SVD*", "CAS*CO*45*", "DTP*573*D8*20261120", "REF*6R*" + record.patientControlNumber() + "-1",
                "NM1*PR*2*REGENCE BLUECROSS BLUESHIELD OF OREGON");
        assertThat(new String(workspace.claims().edi(biller, primary.id()), StandardCharsets.US_ASCII))
                .as("the primary claim's file stays a primary claim").contains("SBR*P*").doesNotContain("AMT*D*");
    }

    @Test
    void the_secondary_claim_of_a_work_injury_tells_the_second_payer_what_the_primarys_claim_told_of_the_condition() {
        Stored<ClaimRecord> primary = paidByPrimary(withSecondPolicy(), """
                , "condition": {"employment": true, "accident": "other", "accidentDate": "2026-10-27",
                 "onsetDate": "2026-10-28"}""");

        ClaimView secondary = workspace.claims().createSecondary(biller, primary.id());

        String edi = new String(workspace.claims().edi(biller, secondary.claim().id()), StandardCharsets.US_ASCII);
        assertThat(edi).contains("SBR*S*", "**EM:OA~", "DTP*431*D8*20261028~", "DTP*439*D8*20261027~");
    }

    @Test
    void the_primarys_own_claim_names_the_second_policy_so_the_primary_knows_of_the_other_plan() {
        Stored<ClaimRecord> primary = submitted(withSecondPolicy(), "2026-11-04");

        String edi = new String(workspace.claims().edi(biller, primary.id()), StandardCharsets.US_ASCII);

        assertThat(edi).contains("SBR*P*", "SBR*S*18*******BL", "OI***Y***Y", "*MI*RGX0002",
                "NM1*PR*2*REGENCE BLUECROSS BLUESHIELD OF OREGON*****PI*00851");
        assertThat(edi).as("nothing is adjudicated yet").doesNotContain("AMT*D*", "REF*F8*", "SVD*");
        assertThat(new String(workspace.claims().edi(biller, submitted(patientNamed("Ortiz"), "2026-11-04").id()),
                StandardCharsets.US_ASCII)).as("a patient with one policy").doesNotContain("SBR*S*", "OI*");
    }

    @Test
    void a_claim_gets_one_secondary_claim_and_a_secondary_claim_none_of_its_own() {
        Stored<ClaimRecord> primary = paidByPrimary(withSecondPolicy());
        ClaimView secondary = workspace.claims().createSecondary(biller, primary.id());

        assertThatThrownBy(() -> workspace.claims().createSecondary(biller, primary.id()))
                .isInstanceOf(WorkspaceException.Conflict.class).hasMessageContaining("already has secondary claim");
        assertThatThrownBy(() -> workspace.claims().createSecondary(biller, secondary.claim().id()))
                .isInstanceOf(InputException.class).hasMessageContaining("1 problem");
    }

    @Test
    void without_a_second_policy_or_the_primarys_decision_there_is_no_secondary_claim() {
        Stored<PatientRecord> patient = withSecondPolicy();
        Stored<ClaimRecord> unpaid = submitted(patient, "2026-11-05");

        assertThatThrownBy(() -> workspace.claims().createSecondary(biller, unpaid.id()))
                .isInstanceOfSatisfying(InputException.class, refused -> assertThat(refused.lines())
                        .anySatisfy(line -> assertThat(line).contains("import its 835 first")));
        Stored<ClaimRecord> noPolicy = paidByPrimary(patientNamed("Ortiz"));
        assertThatThrownBy(() -> workspace.claims().createSecondary(biller, noPolicy.id()))
                .isInstanceOfSatisfying(InputException.class, refused -> assertThat(refused.lines())
                        .anySatisfy(line -> assertThat(line).contains("no second insurance on file")));
    }

    @Test
    void the_second_payers_crossover_payment_quoting_the_primarys_number_posts_to_the_secondary_claim() {
        Stored<ClaimRecord> primary = paidByPrimary(withSecondPolicy());
        ClaimView secondary = workspace.claims().createSecondary(biller, primary.id());
        workspace.claims().move(biller, secondary.claim().id(), secondary.claim().version(), ClaimStatus.SUBMITTED, Optional.empty());
        Money rest = Money.parse("8.00");
        ClaimPayment crossover = new ClaimPayment(primary.value().patientControlNumber(),
                ClaimPaymentStatus.PROCESSED_AS_SECONDARY, primary.value().totalCharge(), rest, Money.ZERO,
                Optional.of("BC-2"), Optional.empty(), List.of(), List.of(), List.of());

        workspace.remittances().post(biller, "bcbs.835", List.of(new Remittance("BC-TRN-1", rest, "ACH",
                LocalDate.of(2026, 11, 22), "REGENCE", "00851", "DEMO", "1234567893", List.of(crossover), List.of())), List.of());

        assertThat(workspace.remittances().forClaim(biller, secondary.claim().id()).paid()).isEqualTo(rest);
        assertThat(database.claims().find(secondary.claim().id()).orElseThrow().value().status()).isEqualTo(ClaimStatus.PAID);
    }

    @Test
    void a_crossover_payment_that_waited_in_the_queue_goes_to_the_secondary_claim_when_the_queue_is_tried_again() {
        Stored<PatientRecord> patient = withSecondPolicy();
        String primaryControl = patient.value().patient().accountNumber() + "-20261102";
        Money rest = Money.parse("8.00");
        ClaimPayment crossover = new ClaimPayment(primaryControl, ClaimPaymentStatus.PROCESSED_AS_SECONDARY,
                Money.parse("42.50"), rest, Money.ZERO, Optional.of("BC-3"), Optional.empty(), List.of(), List.of(), List.of());
        workspace.remittances().post(biller, "bcbs-early.835", List.of(new Remittance("BC-TRN-EARLY", rest, "ACH",
                LocalDate.of(2026, 11, 22), "REGENCE", "00851", "DEMO", "1234567893", List.of(crossover), List.of())), List.of());
        assertThat(workspace.remittances().queue(biller, 1, 200).items()).extracting(waiting -> waiting.payment().patientControlNumber())
                .contains(primaryControl);

        Stored<ClaimRecord> primary = paidByPrimary(patient);
        assertThat(primary.value().patientControlNumber()).isEqualTo(primaryControl);
        ClaimView secondary = workspace.claims().createSecondary(biller, primary.id());
        int posted = workspace.remittances().retryQueue(biller);

        assertThat(posted).isEqualTo(1);
        assertThat(workspace.remittances().forClaim(biller, secondary.claim().id()).paid()).isEqualTo(rest);
        assertThat(workspace.remittances().forClaim(biller, primary.id()).payments())
                .noneMatch(payment -> payment.posted().payment().status() == ClaimPaymentStatus.PROCESSED_AS_SECONDARY);
    }

    @Test
    void the_patients_account_counts_a_visit_with_a_secondary_claim_once_and_bills_the_patient_only_after_the_secondary_answered() {
        Stored<ClaimRecord> primary = paidByPrimary(withSecondPolicy());
        long patientId = primary.value().patientId();
        Money charge = primary.value().totalCharge();

        var beforeSecondary = workspace.accounts().account(biller, patientId);
        assertThat(beforeSecondary.charges()).filteredOn(c -> c.claimId() == primary.id()).singleElement()
                .satisfies(visit -> assertThat(visit.patientShare()).isEqualTo(Money.ZERO));

        ClaimView secondary = workspace.claims().createSecondary(biller, primary.id());
        workspace.claims().move(biller, secondary.claim().id(), secondary.claim().version(), ClaimStatus.SUBMITTED, Optional.empty());
        var waiting = workspace.accounts().account(biller, patientId);
        assertThat(waiting.charges()).noneMatch(c -> c.claimId() == secondary.claim().id());
        assertThat(waiting.charges()).filteredOn(c -> c.claimId() == primary.id()).singleElement().satisfies(visit -> {
            assertThat(visit.patientShare()).isEqualTo(Money.ZERO);
            assertThat(visit.pending()).isEqualTo(Money.parse("8.00"));
        });

        Money rest = Money.parse("5.00");
        ClaimPayment answer = new ClaimPayment(secondary.claim().value().patientControlNumber(),
                ClaimPaymentStatus.PROCESSED_AS_SECONDARY, charge, rest, Money.parse("3.00"), Optional.of("BC-9"),
                Optional.empty(), List.of(new Adjustment(AdjustmentGroup.PR, "2", Money.parse("3.00"), Optional.empty())),
                List.of(), List.of());
        workspace.remittances().post(biller, "bcbs.835", List.of(new Remittance("BC-TRN-ACCT", rest, "ACH",
                LocalDate.of(2026, 11, 22), "REGENCE", "00851", "DEMO", "1234567893", List.of(answer), List.of())), List.of());

        var answered = workspace.accounts().account(biller, patientId);
        assertThat(answered.charges()).filteredOn(c -> c.claimId() == primary.id()).singleElement().satisfies(visit -> {
            assertThat(visit.charge()).isEqualTo(charge);
            assertThat(visit.patientShare()).isEqualTo(Money.parse("3.00"));
            assertThat(visit.insurancePaid()).isEqualTo(new Money(charge.cents() - 1800 + 500));
        });
    }

    private Stored<PatientRecord> withSecondPolicy() {
        Stored<PatientRecord> patient = patientNamed("Reyes");
        PatientRecord record = patient.value();
        workspace.patients().update(biller, patient.id(), patient.version(), new PatientRecord(record.practiceId(),
                record.patient(), record.payerId(), record.therapistId(),
                Optional.of(new Coverage("bcbs", "RGX0002", Optional.empty(), Relationship.SELF, Optional.empty()))));
        return workspace.patients().get(biller, patient.id());
    }

    private Stored<ClaimRecord> paidByPrimary(Stored<PatientRecord> patient) {
        return paidByPrimary(patient, "");
    }

    /** @param more further keys of the visit, each after a comma */
    private Stored<ClaimRecord> paidByPrimary(Stored<PatientRecord> patient, String more) {
        Stored<ClaimRecord> claim = submitted(patient, "2026-11-02", more);
        Money charge = claim.value().totalCharge();
        Money contractual = Money.parse("10.00");
        Money coinsurance = Money.parse("8.00");
        Money paid = new Money(charge.cents() - contractual.cents() - coinsurance.cents());
        ClaimLine line = claim.value().draft().lines().get(0);
        ServicePayment service = new ServicePayment(line.code(), line.modifiers(), charge, paid, Optional.empty(),
                Optional.of(claim.value().patientControlNumber() + "-1"), Optional.of(claim.value().dateOfService()),
                Optional.empty(), List.of(new Adjustment(AdjustmentGroup.CO, "45", contractual, Optional.empty()),
                new Adjustment(AdjustmentGroup.PR, "2", coinsurance, Optional.empty())), List.of());
        workspace.remittances().post(biller, "era.835", List.of(new Remittance("TRN-" + claim.id(), paid, "ACH",
                LocalDate.of(2026, 11, 20), "EXAMPLE COMMERCIAL", "EXC01", "DEMO", "1234567893",
                List.of(new ClaimPayment(claim.value().patientControlNumber(), ClaimPaymentStatus.PROCESSED_AS_PRIMARY,
                        charge, paid, coinsurance, Optional.of("PAYER-77"), Optional.empty(), List.of(), List.of(),
                        List.of(service))), List.of())), List.of());
        return database.claims().find(claim.id()).orElseThrow();
    }

    private Stored<ClaimRecord> submitted(Stored<PatientRecord> patient, String date) {
        return submitted(patient, date, "");
    }

    private Stored<ClaimRecord> submitted(Stored<PatientRecord> patient, String date, String more) {
        StoredVisit visit = workspace.visits().create(biller, patient.id(), """
                {"dateOfService": "%s", "payer": "commercial", "provider": {"type": "DC", "npi": "1000000004"},
                 "diagnoses": [{"code": "M54.50", "regions": ["lumbar"]}],
                 "services": [{"code": "97140", "minutes": 23, "regions": ["lumbar"]}],
                 "documentation": {"referral": true, "clinicalRationale": true}%s}""".formatted(date, more));
        ClaimView claim = workspace.claims().create(biller, visit.id());
        return workspace.claims().move(biller, claim.claim().id(), claim.claim().version(), ClaimStatus.SUBMITTED,
                Optional.empty()).claim();
    }

    private Stored<PatientRecord> patientNamed(String therapist) {
        long providerId = workspace.providers().stream().filter(provider -> provider.value().lastName().equals(therapist))
                .findFirst().orElseThrow().id();
        return workspace.patients().list(biller).stream()
                .filter(patient -> patient.value().therapistId().equals(Optional.of(providerId)))
                .filter(patient -> patient.value().payerId().equals(Optional.of("commercial")))
                .findFirst().orElseThrow();
    }
}

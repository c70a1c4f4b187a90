package dev.cleanclaim.x12.ack;

import dev.cleanclaim.core.ack.ClaimAckOutcome;
import dev.cleanclaim.core.ack.ClaimAcknowledgment;
import dev.cleanclaim.core.ack.ClaimStatusReport;
import dev.cleanclaim.core.ack.LineStatus;
import dev.cleanclaim.core.ack.StatusDetail;
import dev.cleanclaim.core.money.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** 277CA files read into one report per claim, with the outcome and the statuses in words. */
class ClaimAcknowledgmentTest {

    private static final LocalDate NOV_5 = LocalDate.of(2026, 11, 5);

    private static ClaimAcknowledgment read(String name) throws InvalidAcknowledgmentException {
        return new Acknowledgment277CAReader().read(name, AckFixtures.stream(AckFixtures.text(name)));
    }

    private static ClaimAcknowledgment readChanged(String name, String from, String to)
            throws InvalidAcknowledgmentException {
        return (ClaimAcknowledgment) AckFixtures.readChanged(name, from, to);
    }

    @Test
    void a_277ca_that_accepts_our_claim_gives_the_payer_claim_number_and_the_charge() throws Exception {
        ClaimAcknowledgment ack = read("277ca-accepted.edi");

        assertThat(ack.senderId()).isEqualTo("CLAIMHUB");
        assertThat(ack.interchangeControlNumber()).isEqualTo("000007011");
        assertThat(ack.informationSource()).isEqualTo("REGENCE BLUECROSS BLUESHIELD OF OREGON");
        ClaimStatusReport claim = ack.claim("A1001-20261102").orElseThrow();
        assertThat(claim.outcome()).isEqualTo(ClaimAckOutcome.ACCEPTED);
        assertThat(claim.payerClaimNumber()).contains("2026309BC00117");
        assertThat(claim.clearinghouseTrace()).contains("CH701100001");
        assertThat(claim.charge()).contains(Money.parse("107.50"));
        assertThat(claim.serviceDate()).contains(LocalDate.of(2026, 11, 2));
        assertThat(claim.statuses()).extracting(StatusDetail::categoryCode, StatusDetail::statusCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A1", "19"),
                        org.assertj.core.groups.Tuple.tuple("A2", "20"));
        assertThat(claim.statuses().get(1).statusWords()).isEqualTo("Accepted for processing (entity: Payer)");
        assertThat(ack.warnings()).isEmpty();
    }

    @Test
    void a_277ca_that_rejects_our_claim_says_why_in_words() throws Exception {
        ClaimAcknowledgment ack = read("277ca-rejected.edi");

        ClaimStatusReport claim = ack.claims().get(0);
        assertThat(claim.patientControlNumber()).isEqualTo("A1004-20261103");
        assertThat(claim.outcome()).isEqualTo(ClaimAckOutcome.REJECTED);
        assertThat(claim.payerClaimNumber()).isEmpty();
        assertThat(claim.serviceDate()).contains(LocalDate.of(2026, 11, 3));
        assertThat(claim.statuses()).containsExactly(new StatusDetail("A7",
                "Acknowledgement/Rejected for Invalid Information: the claim/encounter has invalid information as"
                        + " specified in the status details and has been rejected",
                "164", "Entity's contract/member number (entity: Insured or subscriber)", Optional.of("IL"),
                Optional.of(NOV_5)));
        assertThat(claim.words()).startsWith("Rejected: A7 Acknowledgement/Rejected for Invalid Information")
                .endsWith("164 Entity's contract/member number (entity: Insured or subscriber)");
    }

    @Test
    void a_277ca_that_rejects_one_claim_and_accepts_another_reports_each() throws Exception {
        ClaimAcknowledgment ack = read("277ca-partly-accepted.edi");

        assertThat(ack.claims()).extracting(ClaimStatusReport::patientControlNumber, ClaimStatusReport::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A1001-20261102", ClaimAckOutcome.ACCEPTED),
                        org.assertj.core.groups.Tuple.tuple("A1005-20261103", ClaimAckOutcome.REJECTED));
        assertThat(ack.claim("A1001-20261102").orElseThrow().payerClaimNumber()).contains("2026309BC00117");
        ClaimStatusReport rejected = ack.claim("A1005-20261103").orElseThrow();
        assertThat(rejected.charge()).contains(Money.parse("122.50"));
        assertThat(rejected.statuses()).extracting(StatusDetail::statusCode, StatusDetail::statusWords).containsExactly(
                org.assertj.core.groups.Tuple.tuple("21", "Missing or invalid information (entity: Billing provider)"),
                org.assertj.core.groups.Tuple.tuple("562",
                        "Entity's National Provider Identifier (NPI) (entity: Billing provider)"));
        assertThat(rejected.lines()).singleElement().satisfies(line -> {
            assertThat(line.lineControlNumber()).contains("A1005-20261103-1");
            assertThat(line.procedureCode()).isEqualTo("97140");
            assertThat(line.statuses()).extracting(StatusDetail::statusWords)
                    .containsExactly("Procedure code modifier(s) for service(s) rendered");
        });
        assertThat(rejected.words()).contains(
                "line 97140 (A1005-20261103-1): A7 Acknowledgement/Rejected for Invalid Information");
        assertThat(ack.claims(ClaimAckOutcome.REJECTED)).containsExactly(rejected);
        assertThat(ack.warnings()).isEmpty();
    }

    @Test
    void a_rejection_at_the_billing_provider_level_rejects_every_claim_under_it() throws Exception {
        ClaimAcknowledgment ack = readChanged("277ca-accepted.edi", "XX*1234567893~\n",
                "XX*1234567893~\nSTC*A3:562:85*20261105*U~\n");

        ClaimStatusReport claim = ack.claims().get(0);
        assertThat(claim.outcome()).isEqualTo(ClaimAckOutcome.REJECTED);
        assertThat(claim.statuses()).extracting(StatusDetail::categoryCode).containsExactly("A1", "A2", "A3");
    }

    @Test
    void a_rejected_service_line_rejects_its_claim() throws Exception {
        ClaimAcknowledgment ack = readChanged("277ca-accepted.edi", "DTP*472*D8*20261102~\n",
                "DTP*472*D8*20261102~\nSVC*HC:98941*65*0****1~\nSTC*A7:454*20261105*U~\nREF*FJ*A1001-20261102-1~\n");

        ClaimStatusReport claim = ack.claims().get(0);
        assertThat(claim.outcome()).isEqualTo(ClaimAckOutcome.REJECTED);
        assertThat(claim.lines()).extracting(LineStatus::name).containsExactly("line 98941 (A1001-20261102-1)");
    }

    @Test
    void a_claim_with_only_a_pending_status_is_pending() throws Exception {
        ClaimAcknowledgment ack = readChanged("277ca-rejected.edi", "STC*A7:164:IL*", "STC*P1:20*");

        assertThat(ack.claims().get(0).outcome()).isEqualTo(ClaimAckOutcome.PENDING);
    }

    @Test
    void codes_cleanclaim_does_not_know_read_as_such_instead_of_failing() throws Exception {
        ClaimAcknowledgment ack = readChanged("277ca-rejected.edi", "STC*A7:164:IL*", "STC*Q9:9999:ZZZ*");

        StatusDetail status = ack.claims().get(0).statuses().get(0);
        assertThat(status.categoryWords()).isEqualTo("code Q9 (not in cleanclaim's list)");
        assertThat(status.statusWords())
                .isEqualTo("code 9999 (not in cleanclaim's list) (entity: code ZZZ (not in cleanclaim's list))");
        assertThat(ack.claims().get(0).outcome()).isEqualTo(ClaimAckOutcome.PENDING);
    }

    @Test
    void counts_at_the_receiver_level_that_disagree_with_the_claims_read_are_warned_without_patient_data()
            throws Exception {
        ClaimAcknowledgment ack = readChanged("277ca-accepted.edi", "QTY*90*1~", "QTY*90*2~");

        assertThat(ack.warnings()).containsExactly(
                "transaction 0001: QTY*90 counts 2 accepted claims but 1 were read as accepted");
        assertThat(String.join(" ", ack.warnings())).doesNotContain("PARK", "MINA", "XYZ987654321");
    }
}

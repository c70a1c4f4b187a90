package dev.cleanclaim.x12.remit;

import dev.cleanclaim.core.remit.Remittance;
import dev.cleanclaim.core.remit.ServicePayment;
import dev.cleanclaim.x12.Usage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static dev.cleanclaim.x12.remit.Fixtures.money;
import static org.assertj.core.api.Assertions.assertThat;

/** What is read but should be looked at: a file that does not balance is posted all the same, with warnings. */
class RemittanceWarningsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"full-payment.835", "partial-payment.835", "denial.835", "reversal-and-correction.835",
            "provider-adjustment.835", "unmatched-claim.835", "two-transactions.835"})
    void every_fixture_balances_at_transaction_claim_and_line_level(String fixture) throws Exception {
        RemittanceFile file = Fixtures.read(fixture);

        assertThat(file.remittances()).isNotEmpty().allMatch(Remittance::balances);
        assertThat(file.warnings()).noneMatch(warning -> warning.contains("does not balance"));
    }

    @Test
    void a_check_that_differs_from_the_claims_is_read_with_a_warning_instead_of_refused() throws Exception {
        RemittanceFile file = Fixtures.readChanged("full-payment.835", "BPR*I*107.5*", "BPR*I*100*");

        assertThat(file.remittances().get(0).balances()).isFalse();
        assertThat(file.warnings()).containsExactly("trace 0012345678: does not balance: claims paid 107.50 less provider"
                + " adjustments 0.00 make 107.50, but the payment (BPR02) is 100.00");
    }

    @Test
    void a_line_whose_adjustments_do_not_explain_the_difference_is_a_warning_for_the_line_and_its_claim() throws Exception {
        RemittanceFile file = Fixtures.readChanged("partial-payment.835", "CAS*CO*45*31.6*", "CAS*CO*45*31.5*");

        assertThat(file.warnings()).containsExactly(
                "trace 0098765432, claim A1004-20261103: does not balance: charge 180.00 less paid 35.68 is 144.32,"
                        + " but its adjustments total 144.22",
                "trace 0098765432, claim A1004-20261103, line 1 (97110): does not balance: charge 90.00 less paid 14.43"
                        + " is 75.57, but its adjustments total 75.47");
    }

    @Test
    void a_procedure_the_payer_recoded_keeps_the_adjudicated_code_and_names_the_billed_one() throws Exception {
        RemittanceFile file = Fixtures.readChanged("full-payment.835", "SVC*HC:97140:GP:XS*42.5*42.5**1~",
                "SVC*HC:97124:GP*42.5*42.5**1*HC:97140:GP:XS~");

        assertThat(file.remittances().get(0).claims().get(0).lines().get(1).procedureCode()).isEqualTo("97124");
        assertThat(file.warnings()).containsExactly(
                "trace 0012345678, claim A1001-20261102: line 2 was billed as 97140 and adjudicated as 97124 (SVC06)");
    }

    @Test
    void a_wrong_segment_count_in_SE_is_a_warning_as_the_payments_are_still_whole() throws Exception {
        RemittanceFile file = Fixtures.readChanged("denial.835", "SE*26*0001", "SE*27*0001");

        assertThat(file.remittances()).hasSize(1);
        assertThat(file.warnings()).singleElement().asString()
                .startsWith("segment 28 (SE), element SE01: the count it states differs from what the file holds");
    }

    @Test
    void a_test_interchange_says_so_so_that_it_is_never_posted_as_real_money() throws Exception {
        RemittanceFile file = Fixtures.readChanged("full-payment.835", "*0*P*:~", "*0*T*:~");

        assertThat(file.usage()).isEqualTo(Usage.TEST);
    }

    @Test
    void segments_the_reader_does_not_know_are_passed_over() throws Exception {
        RemittanceFile file = Fixtures.readChanged("full-payment.835", "LX*1~",
                "RDM*BM*RIVERSIDE BILLING~\nLX*1~\nTS2*1000~\nQTY*ZK*1~\nZZZ*ANYTHING*AT*ALL~");

        assertThat(file.remittances().get(0).claims()).hasSize(1);
        assertThat(file.warnings()).singleElement().asString().contains("SE01");
    }

    @Test
    void a_line_billed_for_a_period_takes_its_start_as_the_date_of_service() throws Exception {
        RemittanceFile file = Fixtures.readChanged("full-payment.835", "DTM*472*20261102~\nREF*6R*A1001-20261102-1~",
                "DTM*150*20261101~\nDTM*151*20261102~\nREF*6R*A1001-20261102-1~");

        ServicePayment line = file.remittances().get(0).claims().get(0).lines().get(0);
        assertThat(line.serviceDate()).contains(LocalDate.of(2026, 11, 1));
    }

    @Test
    void inpatient_MIA_remark_codes_are_claim_remarks_like_MOA_ones() throws Exception {
        String mia = "MIA*0****MA01" + "*".repeat(15) + "N19*N20*N21*N22~";
        RemittanceFile file = Fixtures.readChanged("full-payment.835", "DTM*050*20261103~", mia);

        assertThat(file.remittances().get(0).claims().get(0).remarks()).containsExactly("MA01", "N19", "N20", "N21", "N22");
    }

    @Test
    void without_an_id_in_N1_PE_the_payee_is_known_by_its_REF_TJ_tax_id() throws Exception {
        RemittanceFile file = Fixtures.readChanged("partial-payment.835",
                "N1*PE*RIVERSIDE CHIROPRACTIC AND MASSAGE LLC*XX*1234567893~", "N1*PE*RIVERSIDE CHIROPRACTIC AND MASSAGE LLC~");

        assertThat(file.remittances().get(0).payeeId()).isEqualTo("931234567");
    }

    @Test
    void a_debit_takes_the_amount_back_from_the_payee() throws Exception {
        RemittanceFile file = Fixtures.readChanged("full-payment.835", "BPR*I*107.5*C*", "BPR*I*107.5*D*");

        assertThat(file.remittances().get(0).totalPaid()).isEqualTo(money("-107.50"));
    }
}

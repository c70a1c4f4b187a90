package dev.cleanclaim.x12.remit;

import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.remit.Adjustment;
import dev.cleanclaim.core.remit.ClaimPayment;
import dev.cleanclaim.core.remit.ProviderAdjustment;
import dev.cleanclaim.core.remit.Remittance;
import dev.cleanclaim.core.remit.ServicePayment;
import dev.cleanclaim.x12.Usage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static dev.cleanclaim.core.remit.AdjustmentGroup.CO;
import static dev.cleanclaim.core.remit.AdjustmentGroup.PR;
import static dev.cleanclaim.core.remit.ClaimPaymentStatus.DENIED;
import static dev.cleanclaim.core.remit.ClaimPaymentStatus.PROCESSED_AS_PRIMARY;
import static dev.cleanclaim.core.remit.ClaimPaymentStatus.REVERSAL;
import static dev.cleanclaim.x12.remit.Fixtures.adjustment;
import static dev.cleanclaim.x12.remit.Fixtures.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** One test per implementation guide scenario: every value the model holds, read from the fixture. */
class RemittanceScenariosTest {

    private static final String PRACTICE = "RIVERSIDE CHIROPRACTIC AND MASSAGE LLC";
    private static final String REGENCE = "REGENCE BLUECROSS BLUESHIELD OF OREGON";

    private static Remittance only(RemittanceFile file) {
        assertThat(file.remittances()).hasSize(1);
        return file.remittances().get(0);
    }

    private static ServicePayment line(String code, List<String> modifiers, String charge, String paid, String units,
                                       String control, LocalDate date, Optional<Money> allowed,
                                       List<Adjustment> adjustments, List<String> remarks) {
        return new ServicePayment(code, modifiers, money(charge), money(paid),
                Optional.ofNullable(units).map(BigDecimal::new), Optional.ofNullable(control), Optional.of(date),
                allowed, adjustments, remarks);
    }

    @Test
    void a_claim_paid_as_billed_has_no_adjustments_and_the_payer_id_comes_from_REF_2U() throws Exception {
        RemittanceFile file = Fixtures.read("full-payment.835");
        LocalDate visit = LocalDate.of(2026, 11, 2);

        assertThat(file.senderId()).isEqualTo("REGENCEOR");
        assertThat(file.receiverId()).isEqualTo("RCM0042");
        assertThat(file.interchangeControlNumber()).isEqualTo("000004101");
        assertThat(file.usage()).isEqualTo(Usage.PRODUCTION);
        assertThat(file.warnings()).isEmpty();
        assertThat(only(file)).isEqualTo(new Remittance("0012345678", money("107.50"), "ACH", LocalDate.of(2026, 11, 10),
                REGENCE, "00851", PRACTICE, "1234567893",
                List.of(new ClaimPayment("A1001-20261102", PROCESSED_AS_PRIMARY, money("107.50"), money("107.50"),
                        Money.ZERO, Optional.of("2026306BC00147"), Optional.of("GARCIA, ANA"), List.of(), List.of(),
                        List.of(line("98941", List.of(), "65", "65", "1", "A1001-20261102-1", visit,
                                        Optional.of(money("65")), List.of(), List.of()),
                                line("97140", List.of("GP", "XS"), "42.50", "42.50", "1", "A1001-20261102-2", visit,
                                        Optional.of(money("42.50")), List.of(), List.of())),
                        only(file).claims().get(0).memberId())),
                List.of()));
        assertThat(only(file).balances()).isTrue();
    }

    @Test
    void a_partial_payment_carries_the_contractual_write_off_deductible_coinsurance_and_allowed_amounts() throws Exception {
        RemittanceFile file = Fixtures.read("partial-payment.835");
        LocalDate visit = LocalDate.of(2026, 11, 3);
        Remittance remittance = only(file);

        assertThat(file.warnings()).isEmpty();
        assertThat(remittance.traceNumber()).isEqualTo("0098765432");
        assertThat(remittance.payerName()).isEqualTo("NORIDIAN JF PART B");
        assertThat(remittance.payerId()).as("TRN03, as no REF*2U is sent").isEqualTo("1460987654");
        assertThat(withoutMemberIds(remittance.claims())).containsExactly(new ClaimPayment("A1004-20261103", PROCESSED_AS_PRIMARY,
                money("180"), money("35.68"), money("49.10"), Optional.of("2226308123450"),
                Optional.of("NGUYEN, THOMAS"), List.of(), List.of("MA01"), List.of(
                line("97110", List.of("GP"), "90", "14.43", "2", "A1004-20261103-1", visit, Optional.of(money("58.40")),
                        List.of(adjustment(CO, "45", "31.60"), adjustment(CO, "253", "0.29"),
                                adjustment(PR, "1", "40"), adjustment(PR, "2", "3.68")), List.of()),
                line("97140", List.of("GP"), "90", "21.25", "1", "A1004-20261103-2", visit, Optional.of(money("27.10")),
                        List.of(adjustment(CO, "151", "45", "1"), adjustment(CO, "45", "17.90"),
                                adjustment(CO, "253", "0.43"), adjustment(PR, "2", "5.42")), List.of("M53")))));
        assertThat(remittance.balances()).isTrue();
    }

    @Test
    void a_denied_claim_pays_nothing_and_keeps_its_line_reasons_and_remark_codes() throws Exception {
        RemittanceFile file = Fixtures.read("denial.835");
        LocalDate visit = LocalDate.of(2026, 11, 9);
        Remittance remittance = only(file);

        assertThat(file.warnings()).isEmpty();
        assertThat(remittance.totalPaid()).isEqualTo(Money.ZERO);
        assertThat(remittance.method()).isEqualTo("NON");
        assertThat(remittance.paymentDate()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(remittance.payerId()).isEqualTo("1930123456");
        assertThat(remittance.payeeId()).as("N1*PE*...*FI: the tax id").isEqualTo("931234567");
        assertThat(withoutMemberIds(remittance.claims())).containsExactly(new ClaimPayment("A1007-20261109", DENIED, money("122.50"),
                Money.ZERO, Money.ZERO, Optional.of("2026313BC00402"), Optional.of("PARK, MINA"), List.of(),
                List.of("MA01", "N19"), List.of(
                line("97140", List.of("GP"), "42.50", "0", "1", "A1007-20261109-1", visit, Optional.empty(),
                        List.of(adjustment(CO, "97", "42.50")), List.of("M15")),
                line("97124", List.of("GP"), "80", "0", "2", "A1007-20261109-2", visit, Optional.empty(),
                        List.of(adjustment(CO, "236", "80", "2")), List.of("N20", "M80")))));
        assertThat(remittance.balances()).isTrue();
    }

    @Test
    void a_reversal_negates_the_first_payment_and_the_correction_that_follows_pays_the_difference() throws Exception {
        RemittanceFile file = Fixtures.read("reversal-and-correction.835");
        LocalDate visit = LocalDate.of(2026, 10, 27);
        Remittance remittance = only(file);

        assertThat(file.warnings()).isEmpty();
        assertThat(remittance.totalPaid()).isEqualTo(money("5"));
        assertThat(remittance.method()).isEqualTo("CHK");
        assertThat(remittance.traceNumber()).as("the check number").isEqualTo("000048213");
        assertThat(withoutMemberIds(remittance.claims())).containsExactly(
                new ClaimPayment("A1002-20261027", REVERSAL, money("-80"), money("-50"), money("-20"),
                        Optional.of("2026300BC00088"), Optional.of("PARK, MINA"), List.of(adjustment(PR, "3", "-20")),
                        List.of(), List.of(line("97124", List.of("GP"), "-80", "-70", "-2", "A1002-20261027-1", visit,
                        Optional.of(money("-70")), List.of(adjustment(CO, "45", "-10")), List.of()))),
                new ClaimPayment("A1002-20261027", PROCESSED_AS_PRIMARY, money("80"), money("55"), money("20"),
                        Optional.of("2026322BC00211"), Optional.of("PARK, MINA"), List.of(adjustment(PR, "3", "20")),
                        List.of(), List.of(line("97124", List.of("GP"), "80", "75", "2", "A1002-20261027-1", visit,
                        Optional.of(money("75")), List.of(adjustment(CO, "45", "5")), List.of()))));
        assertThat(remittance.balances()).isTrue();
    }

    @Test
    void provider_adjustments_become_one_entry_per_PLB_pair_and_the_check_is_the_claims_less_their_sum() throws Exception {
        Remittance remittance = only(Fixtures.read("provider-adjustment.835"));
        LocalDate yearEnd = LocalDate.of(2026, 12, 31);

        assertThat(remittance.claims()).extracting(ClaimPayment::patientControlNumber, ClaimPayment::paid)
                .containsExactly(tuple("A1003-20261104", money("34.68")),
                        tuple("A1006-20261104", money("25.95")));
        assertThat(remittance.claims().get(0).lines().get(0).modifiers()).containsExactly("AT");
        assertThat(remittance.providerAdjustments()).containsExactly(
                new ProviderAdjustment("1234567893", yearEnd, "L6", Optional.of("2226312004410"), money("-1.27")),
                new ProviderAdjustment("1234567893", yearEnd, "WO", Optional.of("2226290001230"), money("25")),
                new ProviderAdjustment("1234567893", yearEnd, "CS", Optional.of("CSR20261101"), money("-3.50")));
        assertThat(remittance.totalPaid()).isEqualTo(money("40.40"));
        assertThat(remittance.balances()).isTrue();
    }

    @Test
    void a_claim_that_is_not_ours_is_read_like_any_other_and_its_line_without_REF_6R_is_a_warning() throws Exception {
        RemittanceFile file = Fixtures.read("unmatched-claim.835");
        ClaimPayment claim = only(file).claims().get(0);

        assertThat(Fixtures.text("unmatched-claim.835")).as("this fixture ends its segments with CRLF").contains("~\r\n");
        assertThat(claim.patientControlNumber()).isEqualTo("PT88213-1105");
        assertThat(claim.adjustments()).containsExactly(adjustment(PR, "3", "25"));
        assertThat(claim.lines()).singleElement().satisfies(line -> {
            assertThat(line.lineControlNumber()).isEmpty();
            assertThat(line.serviceDate()).contains(LocalDate.of(2026, 11, 5));
        });
        assertThat(only(file).balances()).isTrue();
        assertThat(file.warnings()).containsExactly("trace 0012349001, claim PT88213-1105, line 1 (97110): no line control"
                + " number (REF*6R), so it can be matched to a claim line only by procedure code and date");
    }

    @Test
    void two_transactions_in_one_group_with_pipe_delimiters_on_one_line_are_two_remittances() throws Exception {
        RemittanceFile file = Fixtures.read("two-transactions.835");

        assertThat(Fixtures.text("two-transactions.835")).doesNotContain("\n").startsWith("ISA|");
        assertThat(file.warnings()).isEmpty();
        assertThat(file.interchangeControlNumber()).isEqualTo("000004245");
        assertThat(file.remittances()).extracting(Remittance::traceNumber, Remittance::totalPaid, Remittance::payeeName,
                Remittance::payeeId).containsExactly(
                tuple("0012350001", money("52"), PRACTICE, "1234567893"),
                tuple("0012350002", money("70"), "REYES DANA", "1000000004"));
        assertThat(file.remittances().get(1).claims().get(0).lines().get(0))
                .satisfies(line -> {
                    assertThat(line.procedureCode()).isEqualTo("97124");
                    assertThat(line.modifiers()).containsExactly("GP");
                    assertThat(line.adjustments()).containsExactly(adjustment(CO, "45", "10"));
                });
        assertThat(file.remittances()).allMatch(Remittance::balances);
    }

    @Test
    void a_claim_payment_keeps_the_member_id_the_payer_sent_for_the_patient() throws Exception {
        Remittance remittance = only(Fixtures.read("provider-adjustment.835"));

        assertThat(remittance.claims().get(0).memberId()).contains("5TQ8WE2RN44");
    }

    /** The scenarios compare what the payer decided; the member id the reader keeps is checked on its own. */
    private static List<ClaimPayment> withoutMemberIds(List<ClaimPayment> claims) {
        return claims.stream().map(claim -> new ClaimPayment(claim.patientControlNumber(), claim.status(), claim.charge(),
                claim.paid(), claim.patientResponsibility(), claim.payerClaimNumber(), claim.patientName(),
                claim.adjustments(), claim.remarks(), claim.lines())).toList();
    }
}

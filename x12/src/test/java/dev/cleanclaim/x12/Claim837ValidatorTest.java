package dev.cleanclaim.x12;

import dev.cleanclaim.core.submission.SamplePackets;
import dev.cleanclaim.core.submission.ClaimPacket;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Claim837ValidatorTest {

    private static final Claim837Validator VALIDATOR = new Claim837Validator();

    private static String valid() {
        return new String(OutsideValidator.accepted(new Claim837Writer(VALIDATOR).write(List.of(SamplePackets.chiropracticVisit()),
                Interchanges.FIXED)),
                StandardCharsets.US_ASCII);
    }

    private static List<EdiProblem> problemsAfter(String from, String to) {
        String mangled = valid().replace(from, to);
        assertThat(mangled).as("the test must change the file").isNotEqualTo(valid());
        return VALIDATOR.validate(mangled.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void a_service_line_without_its_date_of_service_is_reported_in_loop_2400() {
        assertThat(problemsAfter("DTP*472*D8*20260708~\nREF*6R*A1001-20260708-1~", "REF*6R*A1001-20260708-1~"))
                .anySatisfy(problem -> assertThat(problem.toString()).contains("DTP").contains("2400"));
    }

    @Test
    void an_ICD_9_diagnosis_qualifier_is_reported_though_the_guide_still_lists_it_for_old_services() {
        assertThat(problemsAfter("HI*ABK:", "HI*BK:"))
                .anySatisfy(problem -> assertThat(problem.toString()).contains("HI").contains("2300"));
    }

    @Test
    void a_frequency_cleanclaim_never_sends_is_reported_though_the_guide_knows_it() {
        assertThat(problemsAfter(":B:1*", ":B:6*")).anySatisfy(problem -> assertThat(problem.toString()).contains("CLM"));
    }

    @Test
    void a_service_line_coded_other_than_HCPCS_is_reported() {
        assertThat(problemsAfter("SV1*HC:", "SV1*N4:")).anySatisfy(problem -> assertThat(problem.toString()).contains("SV1"));
    }

    @Test
    void a_claim_element_cleanclaim_never_writes_is_reported() {
        String claim = valid().substring(valid().indexOf("CLM*"));
        claim = claim.substring(0, claim.indexOf('~'));
        assertThat(problemsAfter(claim + "~", claim + "****ANYTHING~"))
                .anySatisfy(problem -> assertThat(problem.toString()).contains("CLM"));
    }

    @Test
    void a_wrong_segment_count_in_SE_is_reported() {
        assertThat(problemsAfter("SE*34*0001", "SE*35*0001"))
                .anySatisfy(problem -> assertThat(problem.problem()).contains("control count"));
    }

    @Test
    void an_unknown_claim_filing_indicator_is_reported_on_SBR09() {
        assertThat(problemsAfter("SBR*P*18*GRP-77******CI", "SBR*P*18*GRP-77******QQ"))
                .anySatisfy(problem -> {
                    assertThat(problem.segment()).isEqualTo("SBR");
                    assertThat(problem.element()).isEqualTo(9);
                });
    }

    @Test
    void a_billing_provider_without_an_NPI_qualifier_breaks_the_implementation_guide() {
        assertThat(problemsAfter("NM1*85*2*RIVERSIDE CHIROPRACTIC AND MASSAGE LLC*****XX*1234567893",
                "NM1*85*2*RIVERSIDE CHIROPRACTIC AND MASSAGE LLC*****46*1234567893")).isNotEmpty();
    }

    @Test
    void a_pay_to_address_loop_from_another_system_is_read_as_2010AB_not_as_a_second_billing_provider() {
        String file = valid();
        int subscriber = file.indexOf("HL*2*1*22");
        String withPayTo = file.substring(0, subscriber) + "NM1*87*2~\nN3*227 LASTNER LANE~\nN4*GREENBELT*MD*207701234~\n"
                + file.substring(subscriber);
        java.util.regex.Matcher count = java.util.regex.Pattern.compile("SE\\*(\\d+)\\*").matcher(withPayTo);
        assertThat(count.find()).isTrue();
        String counted = withPayTo.substring(0, count.start(1)) + (Integer.parseInt(count.group(1)) + 3)
                + withPayTo.substring(count.end(1));

        assertThat(VALIDATOR.validate(counted.getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void a_five_digit_billing_provider_zip_is_refused_naming_loop_2010AA() {
        assertThat(problemsAfter("N4*PORTLAND*OR*972011234~", "N4*PORTLAND*OR*97201~"))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.segment()).isEqualTo("N4");
                    assertThat(problem.element()).isEqualTo(3);
                    assertThat(problem.loop()).isEqualTo("2010AA");
                    assertThat(problem.problem()).contains("97201").contains("all nine digits (ZIP+4)");
                });
    }

    @Test
    void a_five_digit_zip_of_the_subscriber_is_no_problem() {
        String file = valid();

        assertThat(file).contains("N4*PORTLAND*OR*97211~");
        assertThat(VALIDATOR.validate(file.getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void a_claim_without_diagnoses_is_refused_and_no_bytes_come_back() {
        ClaimPacket noDiagnoses = SamplePackets.packet(SamplePackets.payer("commercial", "CI"), SamplePackets.selfInsured(),
                SamplePackets.CHIROPRACTOR, LocalDate.of(2026, 7, 8), List.of(),
                List.of(SamplePackets.line("98940", List.of(), 1, "55.00")), Map.of());

        assertThatThrownBy(() -> new Claim837Writer(VALIDATOR).write(List.of(noDiagnoses), Interchanges.FIXED))
                .isInstanceOf(InvalidClaimFileException.class)
                .hasMessageContaining("HI");
    }

    @Test
    void text_that_is_not_X12_at_all_is_one_clear_problem() {
        assertThat(VALIDATOR.validate("hello".getBytes(StandardCharsets.US_ASCII)))
                .singleElement().satisfies(problem -> assertThat(problem.problem()).contains("not readable as X12"));
    }
}

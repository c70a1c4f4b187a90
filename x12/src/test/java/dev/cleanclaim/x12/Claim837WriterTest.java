package dev.cleanclaim.x12;

import dev.cleanclaim.core.submission.SamplePackets;
import dev.cleanclaim.core.submission.ClaimPacket;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class Claim837WriterTest {

    private static final Path GOLDEN = Path.of("src/test/resources/dev/cleanclaim/x12/two-payers.edi");
    private static final Claim837Validator VALIDATOR = new Claim837Validator();
    private final Claim837Writer writer = new Claim837Writer(VALIDATOR);

    private byte[] twoPayers() {
        return OutsideValidator.accepted(writer.write(List.of(SamplePackets.chiropracticVisit(),
                SamplePackets.cuppingForADependent()), Interchanges.FIXED));
    }

    @Test
    void the_same_claims_with_fixed_control_numbers_and_time_give_the_golden_file_byte_for_byte() throws Exception {
        byte[] written = twoPayers();
        if (Boolean.getBoolean("golden.update")) {
            Files.write(GOLDEN, written);
        }
        assertThat(new String(written, StandardCharsets.US_ASCII))
                .isEqualTo(Files.readString(GOLDEN, StandardCharsets.US_ASCII));
        assertThat(twoPayers()).isEqualTo(written);
    }

    @Test
    void the_written_file_passes_the_implementation_guide_schema_with_its_envelope_counts() {
        assertThat(VALIDATOR.validate(twoPayers())).isEmpty();
    }

    @Test
    void claims_are_grouped_into_one_transaction_per_payer_in_the_order_first_met() throws Exception {
        ClaimPacket second = SamplePackets.packet(SamplePackets.payer("commercial", "CI"), SamplePackets.selfInsured(), SamplePackets.CHIROPRACTOR,
                java.time.LocalDate.of(2026, 7, 15), List.of("M99.01"),
                List.of(SamplePackets.line("98940", List.of(), 1, "55.00", "A")), java.util.Map.of());
        ParsedSegments file = ParsedSegments.parse(writer.write(
                List.of(SamplePackets.chiropracticVisit(), SamplePackets.cuppingForADependent(), second), Interchanges.FIXED));

        assertThat(file.all("ST")).hasSize(2);
        assertThat(file.all("CLM")).extracting(segment -> segment.element(1))
                .containsExactly("A1001-20260708", "A1001-20260715", "A1002-20260706");
        assertThat(file.all("NM1").stream().filter(segment -> segment.element(1).equals("PR")))
                .extracting(segment -> segment.element(9)).containsExactly("EXC01", "EXC01", "00851");
        assertThat(file.first("GE", "2").element(2)).isEqualTo("1001");
    }

    @Test
    void reading_the_file_back_gives_the_claims_lines_codes_modifiers_units_charges_and_pointers() throws Exception {
        ParsedSegments file = ParsedSegments.parse(twoPayers());

        ParsedSegments.Segment claim = file.first("CLM", "A1001-20260708");
        assertThat(claim.element(2)).isEqualTo("107.5");
        assertThat(claim.element(5)).isEqualTo("11:B:1");
        assertThat(file.all("HI").get(0).elements()).containsExactly("ABK:M9901", "ABF:M9902", "ABF:M9903", "ABF:M25512");
        assertThat(file.all("SV1")).extracting(segment -> segment.elements().toString()).containsExactly(
                "[HC:98941, 65, UN, 1, , , 1:2:3]",
                "[HC:97140:XS, 42.5, UN, 1, , , 4]",
                "[HC:97124:U7, 80, UN, 2, , , 1]",
                "[HC:97139:::::MYOFASCIAL CUPPING LUMBAR PARASPINALS 10 MIN, 35, UN, 1, , , 1]");
        assertThat(file.all("DTP")).extracting(segment -> segment.element(3))
                .containsExactly("20260708", "20260708", "20260706", "20260706");
    }

    @Test
    void every_line_carries_a_line_control_number_a_remittance_can_quote_back() throws Exception {
        ParsedSegments file = ParsedSegments.parse(twoPayers());

        assertThat(file.all("REF").stream().filter(segment -> segment.element(1).equals("6R")))
                .extracting(segment -> segment.element(2))
                .containsExactly("A1001-20260708-1", "A1001-20260708-2", "A1002-20260706-1", "A1002-20260706-2");
    }

    @Test
    void a_referral_on_file_sends_the_referring_provider_and_the_referral_number() throws Exception {
        ParsedSegments file = ParsedSegments.parse(twoPayers());

        assertThat(file.first("NM1", "DN").elements()).containsExactly("DN", "1", "LOPEZ", "MARIA", "", "", "", "XX", "1558598797");
        assertThat(file.first("REF", "9F").element(2)).isEqualTo("REF-2026-114");
        assertThat(file.all("NM1").stream().filter(segment -> segment.element(1).equals("DN"))).hasSize(1);
    }

    @Test
    void a_dependent_gets_a_patient_level_under_the_subscriber_and_the_subscriber_has_no_demographics() throws Exception {
        ParsedSegments file = ParsedSegments.parse(twoPayers());

        assertThat(file.first("HL", "3").elements()).containsExactly("3", "2", "23", "0");
        assertThat(file.first("PAT", "19")).isNotNull();
        assertThat(file.first("NM1", "QC").element(3)).isEqualTo("PARK");
        assertThat(file.first("NM1", "IL").element(4)).isEqualTo("ANA");
        assertThat(file.all("DMG")).extracting(segment -> segment.element(2)).containsExactly("19800412", "20120930");
    }

    @Test
    void transaction_segment_counts_match_what_was_written() throws Exception {
        ParsedSegments file = ParsedSegments.parse(twoPayers());
        List<ParsedSegments.Segment> segments = file.segments();
        int start = -1;
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).tag().equals("ST")) {
                start = i;
            }
            if (segments.get(i).tag().equals("SE")) {
                assertThat(Integer.parseInt(segments.get(i).element(1))).isEqualTo(i - start + 1);
            }
        }
    }

    @Test
    void names_with_accents_or_delimiter_characters_are_made_safe_upper_case_text() throws Exception {
        ParsedSegments file = ParsedSegments.parse(twoPayers());

        assertThat(file.first("NM1", "IL").element(3)).isEqualTo("GARCIA");
        assertThat(new String(twoPayers(), StandardCharsets.US_ASCII)).doesNotContain("CUPPING:");
    }
}

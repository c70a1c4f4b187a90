package dev.cleanclaim.x12.ack;

import dev.cleanclaim.core.ack.AcknowledgmentFile;
import dev.cleanclaim.core.ack.ClaimAcknowledgment;
import dev.cleanclaim.core.ack.ImplementationAcknowledgment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The kind of acknowledgment told from ST01, and every file that cannot be read refused with the place named. */
class AcknowledgmentReaderTest {

    @ParameterizedTest
    @ValueSource(strings = {"999-accepted.edi", "999-rejected.edi", "999-partly-accepted.edi"})
    void a_999_is_told_by_its_st01_and_read_as_an_implementation_acknowledgment(String fixture) throws Exception {
        assertThat(AckFixtures.read(fixture)).isInstanceOf(ImplementationAcknowledgment.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"277ca-accepted.edi", "277ca-rejected.edi", "277ca-partly-accepted.edi"})
    void a_277ca_is_told_by_its_st01_and_read_as_a_claim_acknowledgment(String fixture) throws Exception {
        assertThat(AckFixtures.read(fixture)).isInstanceOf(ClaimAcknowledgment.class);
    }

    @Test
    void a_byte_order_mark_before_the_isa_does_not_break_the_file() throws Exception {
        byte[] text = AckFixtures.text("277ca-accepted.edi").getBytes(StandardCharsets.US_ASCII);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        AcknowledgmentFile ack = AckFixtures.READER.read("bom.edi", new ByteArrayInputStream(withBom));

        assertThat(((ClaimAcknowledgment) ack).claims()).hasSize(1);
    }

    @Test
    void a_clearinghouse_file_of_two_277ca_interchanges_is_read_whole_with_the_claims_of_both() throws Exception {
        String both = AckFixtures.text("277ca-accepted.edi") + "\n" + AckFixtures.text("277ca-rejected.edi");
        int accepted = ((ClaimAcknowledgment) AckFixtures.read("277ca-accepted.edi")).claims().size();
        int rejected = ((ClaimAcknowledgment) AckFixtures.read("277ca-rejected.edi")).claims().size();

        AcknowledgmentFile ack = AckFixtures.READER.read("two.edi",
                new ByteArrayInputStream(both.getBytes(StandardCharsets.US_ASCII)));

        assertThat(((ClaimAcknowledgment) ack).claims()).hasSize(accepted + rejected);
    }

    @Test
    void a_clearinghouse_file_of_two_999_interchanges_is_read_whole_with_the_groups_of_both() throws Exception {
        String both = AckFixtures.text("999-accepted.edi") + AckFixtures.text("999-rejected.edi");
        int accepted = ((ImplementationAcknowledgment) AckFixtures.read("999-accepted.edi")).groups().size();
        int rejected = ((ImplementationAcknowledgment) AckFixtures.read("999-rejected.edi")).groups().size();

        AcknowledgmentFile ack = AckFixtures.READER.read("two.edi",
                new ByteArrayInputStream(both.getBytes(StandardCharsets.US_ASCII)));

        assertThat(((ImplementationAcknowledgment) ack).groups()).hasSize(accepted + rejected);
    }

    @Test
    void a_byte_that_is_not_text_is_refused_naming_where_it_is_rather_than_failing() {
        byte[] text = AckFixtures.text("277ca-accepted.edi").replace("NM1*QC*1*", "NM1*QC*1*NA#R")
                .getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < text.length; i++) {
            if (text[i] == '#') {
                text[i] = (byte) 0xCF;
            }
        }

        assertThatThrownBy(() -> AckFixtures.READER.read("latin1.edi", new ByteArrayInputStream(text)))
                .isInstanceOf(InvalidAcknowledgmentException.class).hasMessageContaining("latin1.edi: segment")
                .hasMessageContaining("not text (UTF-8)");
    }

    @Test
    void a_category_cleanclaim_does_not_know_is_pending_with_a_warning_to_read_it() throws Exception {
        ClaimAcknowledgment ack = (ClaimAcknowledgment) AckFixtures.readChanged("277ca-partly-accepted.edi",
                "STC*A2:20:PR", "STC*Z9:20:PR");

        assertThat(ack.warnings()).anySatisfy(warning -> assertThat(warning).contains("category Z9", "pending"));
    }

    @Test
    void a_claims_trace_with_no_patient_level_above_it_is_refused_rather_than_lost() {
        String text = AckFixtures.text("277ca-partly-accepted.edi");
        int patient = text.indexOf("HL*4*3*PT~");
        String withoutPatient = text.substring(0, patient) + text.substring(text.indexOf('\n', patient) + 1);

        assertThatThrownBy(() -> AckFixtures.readText("no-pt.edi", withoutPatient))
                .isInstanceOf(InvalidAcknowledgmentException.class).hasMessageContaining("(TRN)")
                .hasMessageContaining("no patient level");
    }

    @Test
    void segments_on_one_line_or_ended_by_crlf_read_the_same() throws Exception {
        String text = AckFixtures.text("999-rejected.edi");
        AcknowledgmentFile lf = AckFixtures.readText("a.edi", text);
        AcknowledgmentFile oneLine = AckFixtures.readText("a.edi", text.replace("\n", ""));
        AcknowledgmentFile crlf = AckFixtures.readText("a.edi", text.replace("\n", "\r\n"));

        assertThat(oneLine).isEqualTo(lf);
        assertThat(crlf).isEqualTo(lf);
    }

    @Test
    void an_835_passed_as_an_acknowledgment_is_refused_saying_what_it_holds() throws IOException {
        String remittance;
        try (InputStream in = getClass().getResourceAsStream("/dev/cleanclaim/x12/remit/full-payment.835")) {
            remittance = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }

        assertThatThrownBy(() -> AckFixtures.readText("full-payment.835", remittance))
                .isInstanceOf(InvalidAcknowledgmentException.class)
                .hasMessage("full-payment.835: segment 3 (ST), element ST01: the file holds an 835 remittance advice"
                        + " (ST01 835), not a 999 or 277CA acknowledgment");
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "999-broken.edi|AK9*A*1*1*1~|AK9*A*1*1*1~|"
                    + "999-broken.edi: segment 6 (AK9): transaction set 0001 has no IK5 (its verdict) before this AK9",
            "999-accepted.edi|AK2*837*0001*|AK2*837**|"
                    + "999-accepted.edi: segment 5 (AK2), element AK202: the transaction set control number is missing",
            "999-accepted.edi|IK5*A~|IK5*Q~|"
                    + "999-accepted.edi: segment 6 (IK5), element IK501: not a transaction set acknowledgment code:"
                    + " \"Q\" (A, E, M, R, W, X)",
            "999-accepted.edi|AK9*A*1*1*1~\\n|''|"
                    + "999-accepted.edi: segment 7 (SE): the 999 for group 4101 has no AK9 (the group's verdict)",
            "999-rejected.edi|IK3*NM1*12*|IK3*NM1*twelve*|"
                    + "999-rejected.edi: segment 6 (IK3), element IK302: not a whole number: \"twelve\"",
            "999-rejected.edi|IK3*NM1*12*2010BA*8~\\n|''|"
                    + "999-rejected.edi: segment 7 (IK4): an IK4 (element error) without the IK3 naming its segment",
            "999-accepted.edi|*X*005010X231A1~|*X*004010X231~|"
                    + "999-accepted.edi: segment 2 (GS), element GS08: version \"004010X231\" is not the 999 guide this"
                    + " reader reads (005010X231A1)",
            "277ca-broken.edi|STC**|STC**|"
                    + "277ca-broken.edi: segment 23 (STC), element STC01: must be category:status codes, got \"\"",
            "277ca-accepted.edi|STC*A1:19:PR*20261105*WQ*107.5~\\nSTC*A2|STC*A1*20261105*WQ*107.5~\\nSTC*A2|"
                    + "277ca-accepted.edi: segment 23 (STC), element STC01: must be category:status codes, got \"A1\"",
            "277ca-accepted.edi|TRN*2*A1001-20261102~\\n|''|"
                    + "277ca-accepted.edi: segment 22 (STC): an STC before the claim's TRN (loop 2200D): the status"
                    + " belongs to no claim",
            "277ca-accepted.edi|TRN*2*A1001-20261102~|TRN*2~|"
                    + "277ca-accepted.edi: segment 22 (TRN), element TRN02: the patient control number (our CLM01) is"
                    + " missing",
            "277ca-accepted.edi|*20261105*WQ*107.5~\\nREF|*20261131*WQ*107.5~\\nREF|"
                    + "277ca-accepted.edi: segment 24 (STC), element STC02: not a date (CCYYMMDD): \"20261131\"",
            "277ca-accepted.edi|STC*A2:20:PR*20261105*WQ*107.5~|STC*A2:20:PR*20261105*WQ*107.x~|"
                    + "277ca-accepted.edi: segment 24 (STC), element STC04: not an amount: \"107.x\"",
            "277ca-accepted.edi|BHT*0085*08*|BHT*0010*06*|"
                    + "277ca-accepted.edi: segment 4 (BHT), element BHT02: transaction set purpose \"06\" is not a"
                    + " 277CA acknowledgment (08): this 277 is a claim status response or notification",
            "277ca-accepted.edi|*X*005010X214~|*X*005010X212~|"
                    + "277ca-accepted.edi: segment 2 (GS), element GS08: version \"005010X212\" is not the 277CA guide"
                    + " (005010X214): a 277 of another kind, e.g. a claim status response (005010X212)",
            "277ca-accepted.edi|HL*4*3*PT~|HL*4*9*PT~|"
                    + "277ca-accepted.edi: segment 20 (HL), element HL02: parent 9 is not an earlier HL of this"
                    + " transaction",
            "277ca-accepted.edi|DTP*472*D8*20261102~|DTP*472*RD8*2026110~|"
                    + "277ca-accepted.edi: segment 27 (DTP), element DTP03: not a date range (CCYYMMDD-CCYYMMDD):"
                    + " \"2026110\"",
            "277ca-accepted.edi|ST*277*0001*|ST*276*0001*|"
                    + "277ca-accepted.edi: segment 3 (ST), element ST01: the file holds a 276 claim status inquiry"
                    + " (ST01 276), not a 999 or 277CA acknowledgment",
            "277ca-accepted.edi|*0*P*:~|*0*Q*:~|"
                    + "277ca-accepted.edi: segment 1 (ISA), element ISA15: not one of the codes X12 allows here",
    })
    void a_file_that_cannot_be_read_is_refused_whole_naming_the_segment_and_the_element(String fixture, String from,
                                                                                      String to, String message) {
        assertThatThrownBy(() -> AckFixtures.readChanged(fixture, from.replace("\\n", "\n"), to.replace("\\n", "\n")))
                .isInstanceOf(InvalidAcknowledgmentException.class)
                .hasMessage(message);
    }

    @Test
    void a_truncated_file_is_refused_rather_than_read_in_part() {
        String text = AckFixtures.text("999-partly-accepted.edi");
        String cut = text.substring(0, text.indexOf("AK2*837*0002"));

        assertThatThrownBy(() -> AckFixtures.readText("cut.edi", cut))
                .isInstanceOf(InvalidAcknowledgmentException.class)
                .hasMessage("cut.edi: segment 6 (IK5): the file ends after this segment, before its trailers (SE, GE,"
                        + " IEA): it was cut short; ask the sender for the whole file");
    }

    @Test
    void the_exception_gives_each_part_of_the_place_apart_from_the_message() {
        assertThatThrownBy(() -> AckFixtures.read("277ca-broken.edi"))
                .isInstanceOfSatisfying(InvalidAcknowledgmentException.class, e -> {
                    assertThat(e.fileName()).isEqualTo("277ca-broken.edi");
                    assertThat(e.segmentPosition()).isEqualTo(23);
                    assertThat(e.segment()).isEqualTo("STC");
                    assertThat(e.element()).isEqualTo("STC01");
                    assertThat(e.problem()).isEqualTo("must be category:status codes, got \"\"");
                });
    }

    @Test
    void a_file_that_is_not_x12_or_is_empty_is_refused() {
        assertThatThrownBy(() -> AckFixtures.readText("empty.edi", ""))
                .hasMessage("empty.edi: the file is empty");
        assertThatThrownBy(() -> AckFixtures.readText("notes.txt", "Dear biller, your claims were fine."))
                .hasMessage("notes.txt: not an X12 file: it does not start with an ISA segment");
    }

    @Test
    void the_specific_readers_refuse_the_other_kind() {
        assertThatThrownBy(() -> new Acknowledgment277CAReader().read("999-accepted.edi",
                AckFixtures.stream(AckFixtures.text("999-accepted.edi"))))
                .hasMessage("999-accepted.edi: segment 2 (GS), element GS01: a group of 999 or 997 acknowledgments"
                        + " (FA), not of 277CA claim acknowledgments (HN)");
        assertThatThrownBy(() -> new Acknowledgment999Reader().read("277ca-accepted.edi",
                AckFixtures.stream(AckFixtures.text("277ca-accepted.edi"))))
                .hasMessage("277ca-accepted.edi: segment 2 (GS), element GS01: a group of 277 claim status responses"
                        + " (HN), not of 999 acknowledgments (FA)");
    }
}

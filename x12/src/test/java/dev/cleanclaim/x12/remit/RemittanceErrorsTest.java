package dev.cleanclaim.x12.remit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A file that cannot be posted is refused with the file, the segment (tag and position) and the element named. */
class RemittanceErrorsTest {

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "full-payment.835|*107.5*107.5**12*|*107.5*12x**12*|"
                    + "full-payment.835: segment 19 (CLP), element CLP04: not an amount: \"12x\"",
            "full-payment.835|*107.5*107.5**12*|*107.505*107.5**12*|"
                    + "full-payment.835: segment 19 (CLP), element CLP03: more than two decimals in amount \"107.505\"",
            "full-payment.835|*107.5*107.5**12*|*107.5*107:5**12*|"
                    + "full-payment.835: segment 19 (CLP), element CLP04: a composite (107:5) where a single value belongs",
            "full-payment.835|CLP*A1001-20261102*1*|CLP*A1001-20261102*9*|"
                    + "full-payment.835: segment 19 (CLP), element CLP02: not a claim status code: \"9\"",
            "full-payment.835|CLP*A1001-20261102*|CLP**|"
                    + "full-payment.835: segment 19 (CLP), element CLP01: the patient control number is missing",
            "partial-payment.835|CAS*CO*45*31.6*|CAS*XX*45*31.6*|"
                    + "partial-payment.835: segment 22 (CAS), element CAS01: not a claim adjustment group code: \"XX\""
                    + " (CO, CR, OA, PI or PR)",
            "partial-payment.835|CAS*PR*1*40**2*3.68~|CAS*PR*1*40**2~|"
                    + "partial-payment.835: segment 23 (CAS), element CAS06: the amount is missing",
            "partial-payment.835|CAS*PR*1*40*|CAS*PR*1*4O*|"
                    + "partial-payment.835: segment 23 (CAS), element CAS03: not an amount: \"4O\"",
            "partial-payment.835|*151*45*1*|*151*45*one*|"
                    + "partial-payment.835: segment 28 (CAS), element CAS04: not a number: \"one\"",
            "full-payment.835|DTM*472*20261102~\\nREF*6R*A1001-20261102-1|DTM*472*20261131~\\nREF*6R*A1001-20261102-1|"
                    + "full-payment.835: segment 26 (DTM), element DTM02: not a date (CCYYMMDD): \"20261131\"",
            "full-payment.835|SVC*HC:98941*|SVC*HC*|"
                    + "full-payment.835: segment 25 (SVC), element SVC01: the procedure code (SVC01-2) is missing",
            "full-payment.835|SVC*HC:98941*65*65*|SVC*HC:98941*65*$65*|"
                    + "full-payment.835: segment 25 (SVC), element SVC03: not an amount: \"$65\"",
            "provider-adjustment.835|*WO:2226290001230*25~|*WO:2226290001230*2S~|"
                    + "provider-adjustment.835: segment 32 (PLB), element PLB06: not an amount: \"2S\"",
            "provider-adjustment.835|PLB*1234567893*20261231*L6|PLB*1234567893*2026123*L6|"
                    + "provider-adjustment.835: segment 32 (PLB), element PLB02: not a date (CCYYMMDD): \"2026123\"",
            "full-payment.835|BPR*I*|BPR*Q*|"
                    + "full-payment.835: segment 4 (BPR), element BPR01: not a transaction handling code: \"Q\""
                    + " (C, D, H, I, P, U or X)",
            "full-payment.835|*20261110~|*2026-11-10~|"
                    + "full-payment.835: segment 4 (BPR), element BPR16: not a date (CCYYMMDD): \"2026-11-10\"",
            "full-payment.835|BPR*I*107.5*C*ACH*CCP*01*123006813*DA*00456789*1930123456**01*121000248*DA*4433221100*20261110~\\n|''|"
                    + "full-payment.835: segment 3 (ST): transaction 0001 has no BPR (payment) segment",
            "full-payment.835|TRN*1*0012345678*1930123456~\\n|''|"
                    + "full-payment.835: segment 3 (ST): transaction 0001 has no TRN (trace number) segment",
            "full-payment.835|TRN*1*0012345678*|TRN*1**|"
                    + "full-payment.835: segment 5 (TRN), element TRN02: the check or EFT trace number is missing",
            "full-payment.835|N1*PR*REGENCE BLUECROSS BLUESHIELD OF OREGON~\\n|''|"
                    + "full-payment.835: segment 3 (ST): transaction 0001 has no N1*PR (payer) segment",
            "full-payment.835|GS*HP*|GS*HC*|"
                    + "full-payment.835: segment 2 (GS), element GS01: a group of 837 claims (HC), not of 835 remittances (HP)",
            "full-payment.835|*X*005010X221A1~|*X*004010X091A1~|"
                    + "full-payment.835: segment 2 (GS), element GS08: version \"004010X091A1\" is a 4010 remittance;"
                    + " cleanclaim reads the 5010 guide (005010X221A1): ask the payer for the 5010 file",
            "full-payment.835|ST*835*0001~|ST*837*0001~|"
                    + "full-payment.835: segment 3 (ST), element ST01: transaction set 837 is not an 835 remittance advice",
            "full-payment.835|*000004101*0*P*|*00000410X*0*P*|"
                    + "full-payment.835: segment 1 (ISA), element ISA13: the value holds characters X12 does not allow here",
            "full-payment.835|*0*P*:~|*0*Q*:~|"
                    + "full-payment.835: segment 1 (ISA), element ISA15: not one of the codes X12 allows here",
    })
    void a_file_that_cannot_be_posted_names_the_segment_and_the_element(String fixture, String from, String to,
                                                                        String message) {
        assertThatThrownBy(() -> Fixtures.readChanged(fixture, from.replace("\\n", "\n"), to.replace("\\n", "\n")))
                .isInstanceOf(InvalidRemittanceException.class)
                .hasMessage(message);
    }

    @Test
    void the_exception_gives_each_part_of_the_place_apart_from_the_message() {
        assertThatThrownBy(() -> Fixtures.readChanged("full-payment.835", "*107.5*107.5**12*", "*107.5*12x**12*"))
                .isInstanceOfSatisfying(InvalidRemittanceException.class, e -> {
                    assertThat(e.fileName()).isEqualTo("full-payment.835");
                    assertThat(e.segmentPosition()).isEqualTo(19);
                    assertThat(e.segment()).isEqualTo("CLP");
                    assertThat(e.element()).isEqualTo("CLP04");
                    assertThat(e.problem()).isEqualTo("not an amount: \"12x\"");
                });
    }

    @Test
    void text_that_is_not_X12_is_refused_before_any_segment() {
        assertThatThrownBy(() -> Fixtures.readText("notes.txt", "Dear provider, your payment is enclosed."))
                .isInstanceOf(InvalidRemittanceException.class)
                .hasMessage("notes.txt: not an X12 file: it does not start with an ISA segment");
    }

    @Test
    void an_empty_file_is_refused_as_empty() {
        assertThatThrownBy(() -> Fixtures.readText("empty.835", " \n"))
                .isInstanceOf(InvalidRemittanceException.class)
                .hasMessage("empty.835: the file is empty");
    }

    @Test
    void blank_lines_before_the_ISA_are_no_reason_to_refuse_a_file() throws Exception {
        assertThat(Fixtures.readText("full-payment.835", "\n\n" + Fixtures.text("full-payment.835")).remittances())
                .hasSize(1);
    }

    @Test
    void an_ISA_without_its_fixed_widths_is_a_bad_header() {
        String file = Fixtures.changed("full-payment.835", "*ZZ*REGENCEOR      *", "*ZZ*REGENCEOR*");

        assertThatThrownBy(() -> Fixtures.readText("short-isa.835", file))
                .isInstanceOf(InvalidRemittanceException.class)
                .hasMessage("short-isa.835: segment 1 (ISA), element ISA06: the sender id \"REGENCEOR\" is 9 characters"
                        + " where X12 fixes 15 (padded with spaces), so the file's delimiters cannot be found; ask the"
                        + " sender for a corrected file");
    }

    @Test
    void a_file_cut_short_is_refused_after_the_last_whole_segment() {
        String text = Fixtures.text("full-payment.835");
        String cut = text.substring(0, text.indexOf("NM1*QC"));

        assertThatThrownBy(() -> Fixtures.readText("cut.835", cut))
                .isInstanceOf(InvalidRemittanceException.class)
                .hasMessage("cut.835: segment 19 (CLP): the file ends after this segment, before its trailers (SE, GE,"
                        + " IEA): it was cut short; ask the sender for the whole file");
    }

    @Test
    void an_837_claim_file_is_refused_as_not_a_remittance() {
        String claims = Fixtures.text("/dev/cleanclaim/x12/two-payers.edi");

        assertThatThrownBy(() -> Fixtures.readText("two-payers.edi", claims))
                .isInstanceOf(InvalidRemittanceException.class)
                .hasMessage("two-payers.edi: segment 2 (GS), element GS01: a group of 837 claims (HC), not of 835"
                        + " remittances (HP)");
    }

    @Test
    void a_file_of_two_interchanges_is_read_whole_each_transaction_a_remittance() throws Exception {
        String twice = Fixtures.text("full-payment.835") + Fixtures.text("denial.835");

        RemittanceFile file = Fixtures.readText("twice.835", twice);

        assertThat(file.interchanges()).isEqualTo(2);
        assertThat(file.remittances()).extracting(remittance -> remittance.traceNumber()).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void a_byte_order_mark_before_the_ISA_is_no_reason_to_refuse_a_file() throws Exception {
        byte[] text = Fixtures.text("full-payment.835").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] withMark = new byte[text.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withMark, 3, text.length);

        assertThat(Fixtures.READER.read("bom.835", new java.io.ByteArrayInputStream(withMark)).remittances()).hasSize(1);
    }

    @Test
    void a_second_payee_in_one_transaction_is_refused_naming_its_segment_and_the_first() {
        String file = Fixtures.changed("full-payment.835", "LX*1~", "N1*PE*OTHER CLINIC*XX*1999999984~\nLX*1~");

        assertThatThrownBy(() -> Fixtures.readText("two-payees.835", file))
                .isInstanceOfSatisfying(InvalidRemittanceException.class, e -> {
                    assertThat(e.segment()).isEqualTo("N1");
                    assertThat(e.problem()).startsWith("a second payee (N1*PE) in one transaction: the 835 allows one"
                            + " payee per transaction (loop 1000B)");
                });
    }

    @Test
    void a_segment_name_that_is_not_one_is_named_at_its_own_position_not_the_one_before() {
        String file = Fixtures.changed("full-payment.835", "CLP*", "CLPXX*");

        assertThatThrownBy(() -> Fixtures.readText("plxx.835", file))
                .isInstanceOf(InvalidRemittanceException.class)
                .hasMessage("plxx.835: segment 19 (CLPXX): \"CLPXX\" is not an X12 segment name (a segment name is two"
                        + " or three capital letters or digits)");
    }

    @Test
    void a_4010_interchange_is_refused_naming_its_version() {
        String file = Fixtures.changed("full-payment.835", "*00501*", "*00401*");

        assertThatThrownBy(() -> Fixtures.readText("old.835", file))
                .isInstanceOf(InvalidRemittanceException.class)
                .hasMessageContaining("segment 1 (ISA), element ISA12: the interchange is X12 version 00401 (a 4010-era version");
    }

    @Test
    void a_transaction_without_its_envelope_is_refused_saying_so() {
        String text = Fixtures.text("full-payment.835");
        String bare = text.substring(text.indexOf("ST*835"), text.indexOf("GE*"));

        assertThatThrownBy(() -> Fixtures.readText("bare.835", bare))
                .isInstanceOf(InvalidRemittanceException.class)
                .hasMessageStartingWith("bare.835: the file starts with a transaction (ST) without its interchange envelope");
    }
}

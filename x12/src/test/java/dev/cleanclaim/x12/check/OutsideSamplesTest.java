package dev.cleanclaim.x12.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * X12 files written by other public projects (samples/, with sources.tsv and README.md naming where each came from):
 * every valid 835 reads and balances or is warned as unbalanced, every 837P that keeps to the guide reads (old ICD-9
 * claims with a warning), every broken one is refused naming its real fault in words, and none throws.
 */
class OutsideSamplesTest {

    private static final X12Check CHECK = new X12Check();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "835/dbx-sample.835|balanced",
            "835/dbx-sample_no_cas.835|balanced",
            "835/dbx-sample_services.835|balanced",
            "835/lfh-demo.835|balanced",
            "835/lfh-medicare-part-a.835|balanced",
            "835/pyx12-835_mult_loops.835|balanced",
            "835/oop-5010-ExampleFromNth.835|unbalanced",
            "835/oop-5010-WithMultipleInterchanges.835|unbalanced",
            "835/cw-commercial-with-adjustments.835|refused: the sender id \"BLUECROSS     \" is 14 characters where X12 fixes 15",
            "835/cw-denials-and-exceptions.835|refused: the sender id \"AETNA         \" is 14 characters where X12 fixes 15",
            "835/cw-medicaid-mixed-levels.835|refused: the sender id \"STATEMCAID    \" is 14 characters where X12 fixes 15",
            "835/cw-medicare-routine-home-care.835|refused: the sender id \"00123         \" is 14 characters where X12 fixes 15",
            "835/cw-partial-payments-adjustments.835|refused: the sender id \"UNITEDHLTH    \" is 14 characters where X12 fixes 15",
            "835/dbx-no_plb_sample.835|refused: segment 47 (PLXX): \"PLXX\" is not an X12 segment name",
            "835/dbx-plb_sample.835|refused: segment 24 (N1): a second payee (N1*PE) in one transaction",
            "835/era-example_1.835|refused: the file starts with a transaction (ST) without its interchange envelope",
            "835/era-example_2.835|refused: the file starts with a transaction (ST) without its interchange envelope",
            "835/era-example_3.835|refused: the file starts with a transaction (ST) without its interchange envelope",
            "835/era-example_4.835|refused: the file starts with a transaction (ST) without its interchange envelope",
            "835/era-example_6.835|refused: the file starts with a transaction (ST) without its interchange envelope",
            "835/era-test_era.835|refused: not an X12 file: it does not start with an ISA segment",
            "835/lfh-cob-contractural-adjustment.835|refused: segment 4 (BPR), element BPR16: the payment date is missing, and BPR15 holds \"20050318\", a date",
            "835/lfh-secondary-payment.835|refused: segment 4 (BPR), element BPR16: the payment date is missing, and BPR15 holds \"20050412\", a date",
            "835/lfh-tertiary-payment.835|refused: segment 4 (BPR), element BPR16: the payment date is missing, and BPR15 holds \"20050412\", a date",
            "835/lfh-managed-care.835|refused: segment 4 (BPR), element BPR16: not a date (CCYYMMDD): \"20002316\"",
            "835/oop-5010-Example1.835|refused: segment 1 (ISA), element ISA12: the interchange is X12 version 00401",
            "835-4010/oop-4010-Example1_GripElements.835|refused: segment 1 (ISA), element ISA12: the interchange is X12 version 00401",
            "835-4010/oop-4010-835_DeIdent_01.835|refused: segment 1 (ISA), element ISA12: the interchange is X12 version 99999",
            "837p/dbx-837p.837|read 2",
            "837p/dbx-CC_837P_EDI.837|read 1",
            "837p/dbx-CHPW_Claimdata.837|read 5",
            "837p/dbx-Molina_Mock_UP_837P_File.837|read 4",
            "837p/ims-x12_complex.837|refused: segment 77 (HI01-1 BK), claim A37YH667: ICD-9 diagnosis codes for a service on 2016-03-24",
            "837p/ims-x12_many_claims.837|refused: segment 23 (HI01, loop 2300): a required element is empty",
            "837p/ims-x12_multiple_gs.837|refused: segment 23 (HI01, loop 2300): a required element is empty",
            "837p/ims-x12_multiple_st.837|refused: segment 23 (HI01, loop 2300): a required element is empty",
            "837p/ims-x12_no_errors.837|refused: segment 23 (HI01, loop 2300): a required element is empty",
            "837p/ims-x12_valid.837|refused: segment 23 (HI01, loop 2300): a required element is empty",
            "837p/ims-x12_valid_different_separators.837|refused: segment 23 (HI01, loop 2300): a required element is empty",
            "837p/lfh-demo.837|read 1, ICD-9",
            "837p/lfh-demo.ambulance.example5.837|refused: segment 23 (CLM05, loop 2300): a required element is empty",
            "837p/lfh-demo.autoaccident.837|read 1, ICD-9",
            "837p/lfh-demo.cob.2ndary.example4.837|refused: segment 21 (CLM05, loop 2300): the value is longer than X12 allows",
            "837p/lfh-demo.cob.example3.A.837|refused: segment 44 (LX, loop 2330A) [2330B]: a loop the implementation guide requires is missing",
            "837p/lfh-demo.cob.example3.B.837|read 1, ICD-9",
            "837p/lfh-demo.cob.example3.C.837|read 1, ICD-9",
            "837p/lfh-demo.cob.example4.837|refused: segment 31 (AMT01, loop 2320): not one of the codes X12 allows here",
            "837p/lfh-demo.drug.example10.1.837|read 1, ICD-9",
            "837p/lfh-demo.drug.example10.2.837|read 1, ICD-9",
            "837p/lfh-demo.drug.example10.3.837|read 1, ICD-9",
            "837p/lfh-demo.example1.837|read 1, ICD-9",
            "837p/lfh-demo.example11.837|refused: segment 21 (CLM05, loop 2300): the value is longer than X12 allows",
            "837p/lfh-demo.example12.837|refused: segment 26 (CLM05, loop 2300): the value is longer than X12 allows",
            "837p/lfh-demo.example2.837|read 1, ICD-9",
            "837p/lfh-demo.example6.837|refused: segment 21 (CLM05, loop 2300): the value is longer than X12 allows",
            "837p/lfh-demo.example7.837|read 1, ICD-9",
            "837p/lfh-demo.example8.837|read 1, ICD-9",
            "837p/lfh-demo.example9.837|refused: segment 20 (CLM05, loop 2300): the value is longer than X12 allows",
            "837p/oop-Example1_2_And_3_Combined.837|refused: segment 54 (SBR09, loop 2000B): a required element is empty",
            "837p/oop-Example1_HealthInsurance.837|read 1, ICD-9",
            "837p/oop-Example2_Encounter.837|read 1, ICD-9",
            "837p/oop-Example3_COB.837|refused: segment 18 (SBR09, loop 2000B): a required element is empty",
            "837p/oop-MedicaidExample.837|refused: segment 4 (BHT01): not one of the codes X12 allows here",
            "837p/oop-ProfessionalClaim1.837|refused: segment 34 (AMT, loop 2300): a segment out of its order",
            "837p/oop-ST1309-XX.837|refused: segment 56 (IEA): the file ends in the middle of a segment: it was cut short",
            "837p/staedi-837-header-ref-only.837|refused: segment 4 (BHT01): not one of the codes X12 allows here",
            "837p/staedi-sample837-original.837|refused: the interchange is X12 version 00402 (a 4010-era version",
            "837p/staedi-sample837-small.837|refused: the interchange is X12 version 00402 (a 4010-era version",
            "broken/b1-bad-codes-and-se-count.edi|refused: segment 22 (CLM05, loop 2300): not one of the codes X12 allows here",
            "broken/b2-no-billing-provider-nm1.edi|refused: segment 10 (N3, loop 2000A): a segment that does not belong here",
            "broken/b3-no-hi.edi|refused: [HI]: a segment the implementation guide requires is missing",
            "broken/b4-no-payer-nm1.edi|refused: [2010BB]: a loop the implementation guide requires is missing",
            "broken/b5-hi-before-clm.edi|refused: segment 22 (HI, loop 2010BB): a segment that does not belong here",
    })
    void each_outside_file_reads_and_balances_is_warned_or_is_refused_naming_its_fault(String file, String expected) {
        CheckResult result = CHECK.check(file, bytes(file));

        if (expected.startsWith("refused: ")) {
            assertThat(result).isInstanceOfSatisfying(CheckResult.Refused.class, refused ->
                    assertThat(refused.reason()).contains(expected.substring("refused: ".length())));
        } else if (expected.startsWith("read ")) {
            // another system's 837P: read whole, its claims counted, anything it does that cleanclaim never does warned
            assertThat(result).isInstanceOfSatisfying(CheckResult.Read.class, read -> {
                assertThat(read.kind()).isEqualTo("837P");
                assertThat(read.claims()).isEqualTo(Integer.parseInt(expected.replaceAll("read (\\d+).*", "$1")));
                assertThat(read.balanced()).contains(true);
                assertThat(read.warnings().stream().anyMatch(warning -> warning.contains("ICD-9 diagnosis codes, right only"
                        + " for services before 2015-10-01"))).isEqualTo(expected.endsWith("ICD-9"));
            });
        } else {
            assertThat(result).isInstanceOfSatisfying(CheckResult.Read.class, read -> {
                assertThat(read.kind()).isEqualTo("835");
                assertThat(read.balanced()).contains(expected.equals("balanced"));
                if (expected.equals("unbalanced")) {
                    assertThat(read.warnings()).anyMatch(warning -> warning.contains("does not balance"));
                }
            });
        }
    }

    @Test
    void every_835_and_837P_sample_is_in_the_table_above_so_none_goes_unchecked() {
        assertThat(files("835")).hasSize(26);
        assertThat(files("835-4010")).hasSize(2);
        assertThat(files("837p")).hasSize(40);
    }

    @Test
    void what_another_system_writes_and_cleanclaim_never_does_is_one_warning_naming_each_place_and_how_often() {
        CheckResult.Read read = (CheckResult.Read) CHECK.check("drug.837", bytes("837p/lfh-demo.drug.example10.2.837"));

        assertThat(read.warnings()).filteredOn(warning -> warning.contains("never writes")).singleElement()
                .asString().contains("part(s) the guide allows but cleanclaim never writes (segments, elements or codes)"
                        + " were read against the X12 standard only")
                .contains("NM1 (loop 2420) x6", "LIN (loop 2410) x5", "CTP (loop 2410) x5");
    }

    @Test
    void no_outside_file_of_any_kind_makes_the_check_throw() {
        for (String folder : List.of("835", "835-4010", "837p", "broken", "edge")) {
            for (String file : files(folder)) {
                assertThat(CHECK.check(file, bytes(folder + "/" + file))).as(file).isNotNull();
            }
        }
    }

    @Test
    void a_file_of_three_interchanges_is_summed_over_all_of_them() {
        CheckResult.Read read = (CheckResult.Read) CHECK.check("multi.835", bytes("835/oop-5010-WithMultipleInterchanges.835"));

        assertThat(read.interchanges()).isEqualTo(3);
        assertThat(read.transactions()).isEqualTo(3);
        assertThat(read.claims()).isEqualTo(56);
        assertThat(read.totals()).contains(new CheckResult.Total("BPR02", "11482.11"));
    }

    @Test
    void a_test_file_is_read_and_shown_as_one_with_the_reason_it_is_never_posted() {
        CheckResult.Read read = (CheckResult.Read) CHECK.check("lfh-demo.835", bytes("835/lfh-demo.835"));

        assertThat(read.test()).isTrue();
        assertThat(read.warnings().get(0)).startsWith("a test file (ISA15 T): its payments are not real money");
    }

    @Test
    void a_service_facility_loop_before_the_rendering_provider_still_holds_every_line_to_the_guide() {
        String file = new String(bytes("837p/lfh-demo.example2.837"), java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(file).contains("NM1*77*");
        String withoutFirstLineDate = file.replaceFirst("DTP\\*472\\*[^~]*~\\s*", "");

        CheckResult result = CHECK.check("no-line-date.837", withoutFirstLineDate.getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        assertThat(result).isInstanceOfSatisfying(CheckResult.Refused.class, refused ->
                assertThat(refused.reason()).contains("DTP-472"));
    }

    @Test
    void a_billing_provider_named_by_its_tax_id_instead_of_an_NPI_is_refused_not_warned() {
        String file = new String(bytes("837p/dbx-837p.837"), java.nio.charset.StandardCharsets.US_ASCII);
        String npi = file.substring(file.indexOf("NM1*85*"));
        npi = npi.substring(0, npi.indexOf('~'));
        String taxId = npi.replace("*XX*", "*24*");

        CheckResult result = CHECK.check("tax-id.837", file.replace(npi, taxId).getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        assertThat(result).isInstanceOfSatisfying(CheckResult.Refused.class, refused ->
                assertThat(refused.reason()).contains("NM108", "2010AA"));
    }

    @Test
    void an_anesthesia_procedure_qualifier_is_not_taken_for_an_ICD_9_diagnosis() {
        String file = new String(bytes("837p/dbx-837p.837"), java.nio.charset.StandardCharsets.US_ASCII);

        CheckResult result = CHECK.check("bp.837", file.replaceFirst("HI\\*ABK:", "HI*BP:")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        assertThat(result.toString()).doesNotContain("ICD-9");
    }

    @Test
    void a_json_file_is_not_an_X12_file() {
        assertThat(CHECK.check("x.json", bytes("edge/thirteen-dx.json")))
                .isEqualTo(new CheckResult.Refused("x.json", java.util.Optional.empty(),
                        "not an X12 file: it does not start with an ISA segment"));
    }

    static byte[] bytes(String file) {
        try (InputStream in = OutsideSamplesTest.class.getResourceAsStream("/dev/cleanclaim/x12/samples/" + file)) {
            assertThat(in).as(file).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> files(String folder) {
        try (Stream<Path> listed = Files.list(Path.of(OutsideSamplesTest.class
                .getResource("/dev/cleanclaim/x12/samples/" + folder).toURI()))) {
            return listed.map(path -> path.getFileName().toString()).sorted().toList();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

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
 * every valid 835 reads and balances or is warned as unbalanced, every broken one is refused naming its real fault in
 * words, and none throws.
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
    void every_835_sample_is_in_the_table_above_so_none_goes_unchecked() {
        assertThat(files("835")).hasSize(26);
        assertThat(files("835-4010")).hasSize(2);
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

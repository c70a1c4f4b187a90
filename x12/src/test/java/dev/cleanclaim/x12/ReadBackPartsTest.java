package dev.cleanclaim.x12;

import dev.cleanclaim.core.submission.ClaimPacket;
import dev.cleanclaim.core.submission.SamplePackets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

class ReadBackPartsTest {

    private static final Claim837Validator VALIDATOR = new Claim837Validator();
    private static final ExecutorService THREADS = Executors.newFixedThreadPool(2);
    private final Claim837Writer writer = new Claim837Writer(VALIDATOR);

    @AfterAll
    static void stop() {
        THREADS.shutdownNow();
    }

    /** 900 claims to two payers, a third of them for a dependent (a patient level under the subscriber). */
    private byte[] largeFile() {
        ClaimPacket otherPayer = SamplePackets.packet(SamplePackets.payer("commercial", "CI"), SamplePackets.selfInsured(),
                SamplePackets.CHIROPRACTOR, LocalDate.of(2026, 7, 15), List.of("M99.01"),
                List.of(SamplePackets.line("98940", List.of(), 1, "55.00", "A")), Map.of());
        List<ClaimPacket> packets = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            packets.addAll(List.of(SamplePackets.chiropracticVisit(), SamplePackets.cuppingForADependent(), otherPayer));
        }
        return OutsideValidator.accepted(writer.write(packets, Interchanges.FIXED));
    }

    @Test
    void a_large_file_is_cut_into_parts_that_each_read_back_clean_and_together_hold_every_claim_once_in_order()
            throws Exception {
        byte[] file = largeFile();

        List<byte[]> parts = ReadBackParts.of(file, 3).orElseThrow();

        assertThat(parts).hasSizeBetween(3, 4).allSatisfy(part -> assertThat(VALIDATOR.validate(part)).isEmpty());
        List<String> claims = new ArrayList<>();
        for (byte[] part : parts) {
            ParsedSegments.parse(part).all("CLM").forEach(segment -> claims.add(segment.element(1)));
        }
        List<String> written = ParsedSegments.parse(file).all("CLM").stream().map(segment -> segment.element(1)).toList();
        assertThat(claims).hasSize(900).isEqualTo(written);
    }

    @Test
    void a_file_whose_envelope_counts_do_not_hold_is_not_cut_and_so_is_read_back_whole() {
        String file = new String(largeFile(), StandardCharsets.US_ASCII);
        String[] segments = file.split("~\n");
        String se = List.of(segments).stream().filter(segment -> segment.startsWith("SE*")).findFirst().orElseThrow();
        String ge = List.of(segments).stream().filter(segment -> segment.startsWith("GE*")).findFirst().orElseThrow();

        assertThat(ReadBackParts.of(file.replace(se, "SE*7*0001").getBytes(StandardCharsets.US_ASCII), 2)).isEmpty();
        assertThat(ReadBackParts.of(file.replace(ge, "GE*1*1001").getBytes(StandardCharsets.US_ASCII), 2)).isEmpty();
        assertThat(ReadBackParts.of(file.replace("IEA*1*000001001", "IEA*1*000001002")
                .getBytes(StandardCharsets.US_ASCII), 2)).isEmpty();
        assertThat(ReadBackParts.of("not an interchange~\n".getBytes(StandardCharsets.US_ASCII), 2)).isEmpty();
    }

    @Test
    void a_problem_a_part_finds_is_reported_at_its_place_in_the_whole_file() {
        String file = new String(largeFile(), StandardCharsets.US_ASCII);
        // The last claim's filing indicator (SBR09) becomes a code the guide does not have.
        int end = file.indexOf('~', file.lastIndexOf("SBR*"));
        byte[] broken = (file.substring(0, end - 2) + "QQ" + file.substring(end)).getBytes(StandardCharsets.US_ASCII);

        List<EdiProblem> problems = writer.readBack(broken, THREADS).join();

        assertThat(problems).isNotEmpty().isEqualTo(VALIDATOR.validate(broken));
        assertThat(problems.get(0).segment()).isEqualTo("SBR");
        assertThat(problems.get(0).segmentPosition()).isGreaterThan(file.split("~\n").length / 2);
    }

    @Test
    void a_large_file_read_back_in_parts_passes_as_it_does_whole() {
        byte[] file = largeFile();

        assertThat(writer.readBack(file, THREADS).join()).isEmpty();
    }
}

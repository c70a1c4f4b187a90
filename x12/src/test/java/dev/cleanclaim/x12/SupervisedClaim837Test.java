package dev.cleanclaim.x12;

import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.core.submission.ClaimPacket;
import dev.cleanclaim.core.submission.SamplePackets;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A PT assistant's claim goes out under the supervising PT: Medicare does not enroll assistants. */
class SupervisedClaim837Test {

    private static final RenderingProvider PT = new RenderingProvider("Lee", "Park", ProviderType.PT, "1558598797",
            "225100000X", Optional.empty());
    private static final RenderingProvider PTA = new RenderingProvider("Kim", "Moss", ProviderType.PTA, "2222222228",
            "225200000X", Optional.empty(), Optional.of("OR"), true, Optional.of("1558598797"));

    private final Claim837Writer writer = new Claim837Writer(new Claim837Validator());

    private byte[] assistantsClaim() {
        ClaimPacket packet = SamplePackets.packet(SamplePackets.payer("commercial", "CI"), SamplePackets.selfInsured(), PT,
                LocalDate.of(2026, 10, 6), List.of("M17.11"),
                List.of(SamplePackets.line("97110", List.of("CQ", "GP"), 2, "40.00", "A"),
                        SamplePackets.line("97116", List.of("CQ", "GP"), 1, "40.00", "A")), Map.of())
                .withFurnishedBy(Optional.of(PTA));
        return OutsideValidator.accepted(writer.write(List.of(packet), Interchanges.FIXED));
    }

    @Test
    void the_rendering_provider_loop_names_the_supervising_pt_and_the_lines_carry_cq() throws Exception {
        ParsedSegments file = ParsedSegments.parse(assistantsClaim());

        assertThat(file.first("NM1", "82").elements())
                .containsExactly("82", "1", "PARK", "LEE", "", "", "", "XX", "1558598797");
        assertThat(file.first("PRV", "PE").element(3)).isEqualTo("225100000X");
        assertThat(file.all("SV1")).extracting(segment -> segment.element(1))
                .containsExactly("HC:97110:CQ:GP", "HC:97116:CQ:GP");
    }

    @Test
    void the_assistants_own_npi_appears_nowhere_in_the_file() {
        assertThat(new String(assistantsClaim(), StandardCharsets.US_ASCII)).doesNotContain("2222222228");
    }
}

package dev.cleanclaim.x12;

import dev.cleanclaim.core.submission.SamplePackets;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The second opinion can say no: otherwise wrapping every written 837P in it would prove nothing. */
class OutsideValidatorTest {

    private final Claim837Writer writer = new Claim837Writer(new Claim837Validator());

    private String written() {
        return new String(writer.write(List.of(SamplePackets.chiropracticVisit()), Interchanges.FIXED),
                StandardCharsets.US_ASCII);
    }

    @Test
    void ourOwnFileReadsClean() {
        assertThat(OutsideValidator.problems(written().getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void aFileWithoutItsDiagnosesIsFoundWanting() {
        String withoutHi = written().replaceAll("HI\\*[^~]*~", "");

        assertThat(OutsideValidator.problems(withoutHi.getBytes(StandardCharsets.US_ASCII))).isNotEmpty();
    }

    @Test
    void aFileWithoutItsBillingProviderNameIsFoundWanting() {
        String withoutBillingProvider = written().replaceFirst("NM1\\*85\\*[^~]*~", "");

        assertThat(OutsideValidator.problems(withoutBillingProvider.getBytes(StandardCharsets.US_ASCII))).isNotEmpty();
    }
}

package dev.cleanclaim.bench;

import dev.cleanclaim.x12.remit.Remittance835Reader;
import dev.cleanclaim.x12.remit.RemittanceFile;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class Remittance835BenchmarkTest {

    @Test
    void the_benchmarks_synthetic_835_reads_whole_balanced_and_without_warnings() throws Exception {
        RemittanceFile file = new Remittance835Reader().read("bench.835",
                new ByteArrayInputStream(Remittance835Benchmark.synthetic(50).getBytes(StandardCharsets.US_ASCII)));

        assertThat(file.remittances()).singleElement().satisfies(remittance -> {
            assertThat(remittance.claims()).hasSize(50);
            assertThat(remittance.balances()).isTrue();
        });
        assertThat(file.warnings()).isEmpty();
    }
}

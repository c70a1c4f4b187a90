package dev.cleanclaim.bench;

import dev.cleanclaim.core.submission.ClaimPacket;
import dev.cleanclaim.rules.BuiltInRuleData;
import dev.cleanclaim.x12.Claim837Validator;
import dev.cleanclaim.x12.Claim837Writer;
import dev.cleanclaim.x12.Interchange;
import dev.cleanclaim.x12.Usage;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * 837P claims written per second on one thread, in files of 500 claims (about 40 per payer transaction), each
 * file read back through the 005010X222A1 schema before it is returned, as `cleanclaim claim --837` does.
 * The bytes counter gives the file throughput (bytes per second).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Threads(1)
public class Claim837Benchmark {

    static final int CLAIMS = 500;

    private List<ClaimPacket> packets;
    private Claim837Writer writer;
    private Claim837Validator validator;
    private Interchange interchange;
    private byte[] file;

    /** Bytes of 837P produced, reported by JMH as a rate next to the claims per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Output {
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    @Setup
    public void setUp() {
        packets = SyntheticClaims.build(BuiltInRuleData.load(), CLAIMS, 42);
        validator = new Claim837Validator();
        writer = new Claim837Writer(validator);
        interchange = new Interchange("RPT0042", "CLEARHOUSE01", 1, LocalDateTime.of(2026, 3, 3, 9, 0), Usage.TEST);
        file = writer.write(packets, interchange);
    }

    @Benchmark
    @OperationsPerInvocation(CLAIMS)
    public byte[] writeAndValidate(Output output) {
        byte[] written = writer.write(packets, interchange);
        output.bytes += written.length;
        return written;
    }

    @Benchmark
    @OperationsPerInvocation(CLAIMS)
    public int validateOnly() {
        return validator.validate(file).size();
    }
}

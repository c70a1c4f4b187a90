package dev.cleanclaim.bench;

import dev.cleanclaim.core.ncci.PackedPtpTable;
import dev.cleanclaim.rules.BuiltInRuleData;
import dev.cleanclaim.rules.RuleStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Loading the full-size PTP table from a rule folder (what every command pays at start), and the heap it keeps.
 * The heap figure is printed at tear-down: used heap after a GC with the table loaded, minus before.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class PtpStoreBenchmark {

    private Path folder;
    private Object keep;

    @Setup(Level.Trial)
    public void writeTable() throws IOException {
        folder = Files.createTempDirectory("cleanclaim-bench-rules");
        PackedPtpTable table = SyntheticPtpTable.build(BuiltInRuleData.load().ptp(), SyntheticVisits.CODES, 7);
        RuleStore.writePtp(folder, table);
        System.out.printf("%nPTP table: %,d rows, %,d slots, file %,d bytes%n", table.size(), table.keys().length,
                Files.size(folder.resolve(RuleStore.PTP_FILE)));
    }

    @Benchmark
    public Object loadPtpTable() {
        return RuleStore.readPtp(folder).orElseThrow();
    }

    @TearDown(Level.Trial)
    public void reportHeapAndClean() throws IOException {
        long before = usedAfterGc();
        keep = RuleStore.readPtp(folder).orElseThrow();
        long after = usedAfterGc();
        System.out.printf("%nPTP table heap: %.1f MB (%s)%n", (after - before) / 1e6, keep.getClass().getSimpleName());
        keep = null;
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}

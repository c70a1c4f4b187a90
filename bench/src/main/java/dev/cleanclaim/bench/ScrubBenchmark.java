package dev.cleanclaim.bench;

import dev.cleanclaim.core.ncci.PackedPtpTable;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.scrub.Scrubber;
import dev.cleanclaim.core.visit.Visit;
import dev.cleanclaim.rules.BuiltInRuleData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Four-line visits scrubbed per second on one thread, against the full-size (synthetic, 2.5 million rows) NCCI
 * PTP table, with every rule of each payer pack running.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Threads(1)
public class ScrubBenchmark {

    static final int VISITS = 1024;

    private Scrubber scrubber;
    private List<Visit> visits;

    @Setup
    public void setUp() {
        RuleData builtIn = BuiltInRuleData.load();
        PackedPtpTable table = SyntheticPtpTable.build(builtIn.ptp(), SyntheticVisits.CODES, 7);
        RuleData rules = withPtp(builtIn, table);
        scrubber = new Scrubber(rules);
        SyntheticVisits synthetic = new SyntheticVisits(rules, new Random(42));
        visits = new ArrayList<>(VISITS);
        for (int i = 0; i < VISITS; i++) {
            visits.add(synthetic.fourLines());
        }
        scrubber.scrub(visits.get(0)); // loads the ICD-10-CM year outside the measurement
    }

    @Benchmark
    @OperationsPerInvocation(VISITS)
    public void scrubFourLineVisits(Blackhole sink) {
        for (Visit visit : visits) {
            sink.consume(scrubber.scrub(visit));
        }
    }

    static RuleData withPtp(RuleData data, PackedPtpTable table) {
        return new RuleData(data.version(), data.codes(), data.modifiers(), data.techniques(), data.regions(), data.contiguity(),
                data.payers(), data.diagnoses(), data.fees(), data.medicareFees(), table, data.mue(), data.conditions(),
                data.definitions(), data.references(), data.remittance());
    }
}

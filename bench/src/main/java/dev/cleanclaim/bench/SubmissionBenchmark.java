package dev.cleanclaim.bench;

import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.ClaimView;
import dev.cleanclaim.app.workspace.StoredVisit;
import dev.cleanclaim.app.workspace.SubmissionResult;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.rules.BuiltInRuleData;
import dev.cleanclaim.store.AuditNote;
import dev.cleanclaim.store.ClaimRecord;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.PatientRecord;
import dev.cleanclaim.store.Stored;
import dev.cleanclaim.store.UserRole;
import dev.cleanclaim.store.VisitRecord;
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
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Sending 10,000 ready claims as a batch 837P through {@code Workspace.submissions().send}: each claim's packet
 * assembled from its stored record, the interchange written and validated, each claim's own copy kept, control
 * numbers reserved and every claim moved to submitted in one transaction. On H2 and PostgreSQL 17. Each iteration
 * sends claims of its own, made in set-up (not timed) with the practice facts the demo claim was made with; each
 * claim has a visit of its own (patients of the round's own, their visits a day apart), so every claim's reads are measured.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar SubmissionBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class SubmissionBenchmark {

    static final int CLAIMS = 10_000;
    /** Visits per patient, a day apart: the dates stay in this century. */
    private static final int DAYS = 2_500;
    private static final Actor BILLER = new Actor(1, "bench", UserRole.BILLER, Optional.empty(), "127.0.0.1");

    @Param({"h2", "postgres"})
    public String db;

    private DemoDatabase opened;
    private Database database;
    private Workspace workspace;
    private ClaimRecord template;
    private VisitRecord visit;
    private PatientRecord patient;
    private String facts;
    private int round;

    @Setup(Level.Trial)
    public void open() throws IOException {
        RuleData rules = BuiltInRuleData.load();
        Clock clock = Clock.systemUTC();
        opened = DemoDatabase.open(db, "bench-submission", rules, clock);
        database = opened.database();
        workspace = Workspace.open(database, rules, clock);
        // The demo's own ready claims are sent once, so each round sends only its 10,000.
        workspace.submissions().send(BILLER, Optional.empty());
        long patientId = workspace.patients().list(BILLER).get(0).id();
        StoredVisit made0 = workspace.visits().create(BILLER, patientId, """
                {"dateOfService": "2026-11-02", "payer": "commercial", "provider": {"type": "PT", "npi": "1558598797"},
                 "diagnoses": [{"code": "M54.50", "regions": ["lumbar"]}],
                 "services": [{"code": "97110", "minutes": 30}, {"code": "97140", "minutes": 15}]}""");
        ClaimView made = workspace.claims().create(BILLER, made0.id());
        if (made.claim().value().status() != ClaimStatus.READY) {
            throw new IllegalStateException("the template claim is " + made.claim().value().status() + ", not ready");
        }
        template = made.claim().value();
        visit = database.visits().find(made0.id()).orElseThrow().value();
        patient = database.patients().find(patientId).orElseThrow().value();
        facts = database.claims().practiceFacts(made.claim().id()).orElseThrow();
        workspace.submissions().send(BILLER, Optional.empty());
    }

    /**
     * 10,000 ready claims of this round, each of a visit of its own (a claim's control number is its patient's
     * account and its date of service, so each visit is on another day), with the practice facts it was made with.
     */
    @Setup(Level.Iteration)
    public void readyClaims() {
        round++;
        AuditNote note = new AuditNote("bench", Optional.empty(), "create", Optional.empty());
        Stored<PatientRecord> owner = null;
        for (int i = 0; i < CLAIMS; i++) {
            if (i % DAYS == 0) {
                Patient who = patient.patient();
                owner = database.patients().create(new PatientRecord(patient.practiceId(), new Patient(who.person(),
                        "B" + round + "P" + i / DAYS, who.memberId(), who.groupNumber(), who.relationship(),
                        who.subscriber(), who.referredBy()), patient.payerId(), patient.therapistId(), patient.secondary()), note);
            }
            LocalDate date = template.dateOfService().minusDays(1 + i % DAYS);
            long visitId = database.visits().create(new VisitRecord(owner.id(), visit.providerId(), date,
                    visit.payerId(), visit.body().replace(template.dateOfService().toString(), date.toString())), note).id();
            ClaimDraft was = template.draft();
            ClaimDraft dated = new ClaimDraft(date, was.payerId(), was.unitMethod(), was.totalTimedMinutes(),
                    was.totalTimedUnits(), was.diagnoses(), was.lines(), was.findings(), was.ruleDataVersion());
            database.claims().create(new ClaimRecord(visitId, owner.id(), ClaimStatus.READY,
                    owner.value().patient().accountNumber() + "-" + DateTimeFormatter.BASIC_ISO_DATE.format(date), dated),
                    facts, "bench");
        }
    }

    @Benchmark
    public SubmissionResult send10000ReadyClaims() {
        SubmissionResult result = workspace.submissions().send(BILLER, Optional.empty());
        long sent = result.sent().stream().mapToLong(submission -> submission.claimCount()).sum();
        if (sent != CLAIMS || !result.notSent().isEmpty()) {
            throw new IllegalStateException("sent " + sent + " of " + CLAIMS + ", not sent: "
                    + result.notSent().stream().limit(3).toList());
        }
        return result;
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        opened.close();
    }
}

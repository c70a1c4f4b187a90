package dev.cleanclaim.bench;

import dev.cleanclaim.app.reports.Period;
import dev.cleanclaim.app.reports.Reports;
import dev.cleanclaim.app.reports.RescrubAudit;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.DemoPractice;
import dev.cleanclaim.app.workspace.TherapyHistory;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.rules.BuiltInRuleData;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.DatabaseSettings;
import dev.cleanclaim.store.UserRole;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The re-scrub audit ({@code Reports.audit}) over a period of {@link #claims} stored claims on PostgreSQL 17. The
 * claims are copies of the demo practice's primary claims (their visits, patients, lines, diagnoses and findings),
 * made in set-up by set-based INSERT ... SELECT over generate_series rather than one by one: seeding a million
 * claims through the workspace would take far longer than the audit. Claims of payers whose Medicare therapy so far
 * counts are left out as templates: each of those reads its patient's claims, and a few patients with a million
 * claims between them is no practice's shape.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar RescrubAuditBenchmark -p claims=100000}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class RescrubAuditBenchmark {

    private static final Actor BILLER = new Actor(1, "bench", UserRole.BILLER, Optional.empty(), "127.0.0.1");
    /** Rows per INSERT ... SELECT: each statement's work stays a few seconds. */
    private static final int CHUNK = 100_000;

    @Param({"1000000"})
    public int claims;

    private EmbeddedPostgres postgres;
    private Database database;
    private Reports reports;
    private Period period;

    @Setup(Level.Trial)
    public void seed() throws IOException {
        RuleData rules = BuiltInRuleData.load();
        Clock clock = Clock.systemUTC();
        postgres = EmbeddedPostgres.builder().start();
        database = Database.open(new DatabaseSettings(postgres.getJdbcUrl("postgres", "postgres"), "postgres", ""), clock);
        DemoPractice.seedIfEmpty(database, rules, clock);
        Workspace workspace = Workspace.open(database, rules, clock);
        reports = new Reports(workspace);
        long started = System.nanoTime();
        // Straight to the tables the store reads, as only a bench would write them.
        Jdbi.create(postgres.getPostgresDatabase()).useHandle(handle -> {
            List<Long> templates = handle.createQuery("SELECT id, payer_id FROM claim WHERE payer_priority = 1 ORDER BY id")
                    .map((rs, ctx) -> rs.getLong("id")).list();
            List<Long> counted = templates.stream().filter(id -> !therapyCounts(handle, workspace, id)).toList();
            if (counted.isEmpty()) {
                throw new IllegalStateException("the demo practice has no claim to copy");
            }
            copy(handle, counted);
            LocalDate[] dates = handle.createQuery("SELECT MIN(date_of_service) AS f, MAX(date_of_service) AS t FROM claim")
                    .map((rs, ctx) -> new LocalDate[] {rs.getDate("f").toLocalDate(), rs.getDate("t").toLocalDate()}).one();
            period = new Period(dates[0], dates[1]);
        });
        System.out.printf("%nseeded %,d claims in %.1f s; period %s%n", claims, (System.nanoTime() - started) / 1e9, period);
    }

    private static boolean therapyCounts(Handle handle, Workspace workspace, long claimId) {
        String payer = handle.createQuery("SELECT payer_id FROM claim WHERE id = :id").bind("id", claimId)
                .mapTo(String.class).one();
        return workspace.payers().find(payer).filter(TherapyHistory::counts).isPresent();
    }

    /** Claim g (1 to {@link #claims}) copies template g mod n: its visit, the claim and its rows, new ids throughout. */
    private void copy(Handle handle, List<Long> templates) {
        String claimIds = templates.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<Long> visitIds = templates.stream().map(id -> handle.createQuery("SELECT visit_id FROM claim WHERE id = :id")
                .bind("id", id).mapTo(Long.class).one()).toList();
        String visits = visitIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        long visitBase = handle.createQuery("SELECT MAX(id) FROM visit").mapTo(Long.class).one();
        long claimBase = handle.createQuery("SELECT MAX(id) FROM claim").mapTo(Long.class).one();
        int n = templates.size();
        String pick = "(ARRAY[%s])[1 + g %% " + n + "]";
        for (long lo = 1; lo <= claims; lo += CHUNK) {
            long hi = Math.min(claims, lo + CHUNK - 1);
            String series = " FROM generate_series(" + lo + ", " + hi + ") g JOIN %s t ON t.%s = " + pick;
            List<String> visitColumns = columns(handle, "visit", "id");
            handle.execute("INSERT INTO visit (id, " + String.join(", ", visitColumns) + ") SELECT " + visitBase + " + g, "
                    + prefixed(visitColumns) + series.formatted("visit", "id", visits));
            List<String> claimColumns = columns(handle, "claim", "id", "visit_id", "patient_control_number");
            handle.execute("INSERT INTO claim (id, visit_id, patient_control_number, " + String.join(", ", claimColumns)
                    + ") SELECT " + claimBase + " + g, " + visitBase + " + g, 'A' || g || '-' || t.id, "
                    + prefixed(claimColumns) + series.formatted("claim", "id", claimIds));
            for (String table : List.of("claim_line", "claim_diagnosis", "claim_finding")) {
                List<String> rowColumns = columns(handle, table, "claim_id");
                handle.execute("INSERT INTO " + table + " (claim_id, " + String.join(", ", rowColumns) + ") SELECT "
                        + claimBase + " + g, " + prefixed(rowColumns) + series.formatted(table, "claim_id", claimIds));
            }
        }
        handle.execute("SELECT setval(pg_get_serial_sequence('visit', 'id'), (SELECT MAX(id) FROM visit))");
        handle.execute("SELECT setval(pg_get_serial_sequence('claim', 'id'), (SELECT MAX(id) FROM claim))");
        handle.execute("ANALYZE");
    }

    private static List<String> columns(Handle handle, String table, String... except) {
        return handle.createQuery("""
                        SELECT column_name FROM information_schema.columns
                        WHERE table_schema = current_schema() AND table_name = :table ORDER BY ordinal_position""")
                .bind("table", table).mapTo(String.class).list().stream()
                .filter(column -> !List.of(except).contains(column)).toList();
    }

    private static String prefixed(List<String> columns) {
        return columns.stream().map(column -> "t." + column).collect(Collectors.joining(", "));
    }

    @Benchmark
    public RescrubAudit rescrubEveryClaim() {
        RescrubAudit audit = reports.audit(BILLER, period);
        if (audit.checked() < claims) {
            throw new IllegalStateException("checked " + audit.checked() + " of " + claims + " claims");
        }
        System.out.printf("%nchecked %,d, failing %,d (newly %,d), unreadable %,d%n", audit.checked(),
                audit.failingCount(), audit.newlyFailing(), audit.unreadable());
        return audit;
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        database.close();
        postgres.close();
    }
}

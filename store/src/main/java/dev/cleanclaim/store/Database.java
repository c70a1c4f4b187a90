package dev.cleanclaim.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The open workspace database: a connection pool, the schema brought up to date by Flyway on open, and the
 * stores that read and write it.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final Clock clock;
    /** Seals the audit log now and then while a server runs; none until {@link #sealAuditEvery} starts it. */
    private ScheduledExecutorService sealer;

    private Database(HikariDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
        this.clock = clock;
    }

    public static Database open(DatabaseSettings given, Clock clock) {
        DatabaseSettings settings = given.folder().map(folder -> {
            OwnerOnly.make(folder);
            OwnerOnly.tighten(folder);
            return EmbeddedPassword.settle(given, folder);
        }).orElse(given);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(10);
        config.setPoolName("cleanclaim");
        if (settings.isPostgres()) {
            // The driver sends a batch of single-row INSERTs as multi-row INSERTs: posting a 40,000-claim 835 inserts
            // over 100,000 rows, a round trip each otherwise. Row counts of such a batch come back as "success, count
            // unknown"; no caller reads an INSERT ... VALUES batch's counts (the status moves' batches, whose counts
            // are checked, are INSERT ... SELECT and UPDATE, which the driver leaves as they are), and the generated
            // ids still come back one per row in order.
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        HikariDataSource dataSource = openPool(config, settings);
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        // H2 made its files with the process's umask: owner-only like the folder.
        settings.folder().ifPresent(OwnerOnly::tighten);
        Database database = new Database(dataSource, clock);
        if (settings.isH2File()) {
            database.jdbi.setTransactionHandler(new SyncedCommits(database.jdbi.getTransactionHandler()));
        }
        return database;
    }

    /** The pool, or {@link DatabaseInUse} when another process took the embedded file since it was looked at. */
    private static HikariDataSource openPool(HikariConfig config, DatabaseSettings settings) {
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            if (settings.folder().isPresent() && EmbeddedPassword.isInUse(e)) {
                throw new DatabaseInUse(settings.folder().get());
            }
            throw e;
        }
    }

    public PatientStore patients() {
        return new PatientStore(jdbi, clock);
    }

    /** Who changed which patient or visit, when and how: written by the patient and visit stores. */
    public ChangeHistory history() {
        return new ChangeHistory(jdbi);
    }

    public SubmissionStore submissions() {
        return new SubmissionStore(jdbi, clock, claims());
    }

    public AcknowledgmentStore acknowledgments() {
        return new AcknowledgmentStore(jdbi, clock, claims());
    }

    public ClaimStore claims() {
        return new ClaimStore(jdbi, clock);
    }

    public PatientPaymentStore patientPayments() {
        return new PatientPaymentStore(jdbi, clock);
    }

    public NecessityLetterStore necessityLetters() {
        return new NecessityLetterStore(jdbi, clock);
    }

    public RemittanceStore remittances() {
        return new RemittanceStore(jdbi, clock, claims());
    }

    public ReportStore reports() {
        return new ReportStore(jdbi);
    }

    /** Financial responsibility notices clients signed (issue 19). */
    public FinancialNoticeStore financialNotices() {
        return new FinancialNoticeStore(jdbi, clock);
    }

    /** Visits moved from a plan that won't pay to self-pay, with the notice that allowed it. */
    public SelfPayMoveStore selfPayMoves() {
        return new SelfPayMoveStore(jdbi, clock);
    }

    /** Two records of one person merged into one. */
    public PatientMergeStore patientMerges() {
        return new PatientMergeStore(jdbi, clock);
    }

    public ReferralStore referrals() {
        return new ReferralStore(jdbi, clock);
    }

    public AuditLog audit() {
        return new AuditLog(jdbi, clock);
    }

    public PracticeStore practices() {
        return new PracticeStore(jdbi, clock);
    }

    public VisitStore visits() {
        return new VisitStore(jdbi, clock);
    }

    public UserStore users() {
        return new UserStore(jdbi, clock);
    }

    public SecondFactorStore secondFactors() {
        return new SecondFactorStore(jdbi, clock);
    }

    public ApiTokenStore apiTokens() {
        return new ApiTokenStore(jdbi, clock);
    }

    Jdbi jdbi() {
        return jdbi;
    }

    /**
     * Seals the audit log every {@code period} (see {@link AuditLog#seal()}) until the database closes: what a
     * running server does, so a row is in the hash chain within that time of its commit.
     */
    public synchronized void sealAuditEvery(Duration period) {
        if (sealer != null) {
            return;
        }
        sealer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "cleanclaim-audit-sealer");
            thread.setDaemon(true);
            return thread;
        });
        AuditLog audit = audit();
        sealer.scheduleWithFixedDelay(() -> {
            try {
                audit.seal();
            } catch (RuntimeException tryAgain) {
                // A seal that failed (the database busy or closing) leaves its rows for the next one.
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Seals the audit rows written since the last seal (see {@link AuditLog#seal()}), then closes. */
    @Override
    public void close() {
        synchronized (this) {
            if (sealer != null) {
                sealer.shutdownNow();
            }
        }
        try {
            audit().seal();
        } catch (RuntimeException notNow) {
            // Sealing is not what closing is for: the rows stay unsealed, and the next seal (a server's, or
            // `cleanclaim audit verify`) takes them in order.
        } finally {
            dataSource.close();
        }
    }
}

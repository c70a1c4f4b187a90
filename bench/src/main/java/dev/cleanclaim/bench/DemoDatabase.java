package dev.cleanclaim.bench;

import dev.cleanclaim.app.workspace.DemoPractice;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.DatabaseSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.time.Clock;

/**
 * The database a workspace benchmark runs on, holding the demo practice: an in-memory H2 ("h2") or an embedded
 * PostgreSQL ("postgres") that closes with it.
 */
final class DemoDatabase implements AutoCloseable {

    private final Database database;
    private final EmbeddedPostgres postgres;

    private DemoDatabase(Database database, EmbeddedPostgres postgres) {
        this.database = database;
        this.postgres = postgres;
    }

    /** @param kind "postgres" or "h2"; {@code name} names the H2 database */
    static DemoDatabase open(String kind, String name, RuleData rules, Clock clock) throws IOException {
        DemoDatabase opened;
        if (kind.equals("postgres")) {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            opened = new DemoDatabase(Database.open(new DatabaseSettings(postgres.getJdbcUrl("postgres", "postgres"),
                    "postgres", ""), clock), postgres);
        } else {
            opened = new DemoDatabase(Database.open(DatabaseSettings.inMemory(name + "-" + System.nanoTime()), clock), null);
        }
        DemoPractice.seedIfEmpty(opened.database, rules, clock);
        return opened;
    }

    Database database() {
        return database;
    }

    @Override
    public void close() throws IOException {
        database.close();
        if (postgres != null) {
            postgres.close();
        }
    }
}

package dev.cleanclaim.store;

import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.practice.RenderingProvider;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The provider table: a practice's rendering providers, each supervisor by row id and read back by NPI. */
final class ProviderRows {

    static final String NPI_UNIQUE = "provider_npi_unique";

    private static final String SELECT = "SELECT p.*, s.npi AS supervisor_npi FROM provider p"
            + " LEFT JOIN provider s ON s.id = p.supervisor_id WHERE p.practice_id = :practice";

    private ProviderRows() {
    }

    static List<Stored<RenderingProvider>> list(Handle handle, long practiceId) {
        return handle.createQuery(SELECT + " ORDER BY p.id").bind("practice", practiceId).map(ProviderRows::row).list();
    }

    static Optional<Stored<RenderingProvider>> find(Handle handle, long practiceId, long id) {
        return handle.createQuery(SELECT + " AND p.id = :id").bind("practice", practiceId).bind("id", id)
                .map(ProviderRows::row).findOne();
    }

    static Optional<Long> idOf(Handle handle, long practiceId, String npi) {
        return handle.createQuery("SELECT id FROM provider WHERE practice_id = :practice AND npi = :npi")
                .bind("practice", practiceId).bind("npi", npi).mapTo(Long.class).findOne();
    }

    /** Inserts the provider; its supervisor, a provider too, is set by {@link #supervise} once both exist. */
    static long insert(Handle handle, long practiceId, RenderingProvider provider, Optional<Long> supervisorId) {
        return handle.createUpdate("""
                        INSERT INTO provider (practice_id, first_name, last_name, provider_type, npi, taxonomy, license,
                          license_state, active, supervisor_id)
                        VALUES (:practice, :first, :last, :type, :npi, :taxonomy, :license, :licenseState, :active, :supervisor)""")
                .bind("practice", practiceId).bindMap(columns(provider)).bind("supervisor", supervisorId.orElse(null))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** Saves the provider if it is still at {@code expectedVersion}; false when another writer came first. */
    static boolean update(Handle handle, long practiceId, long id, int expectedVersion, RenderingProvider provider,
                          Optional<Long> supervisorId) {
        return handle.createUpdate("""
                        UPDATE provider SET first_name = :first, last_name = :last, provider_type = :type, npi = :npi,
                          taxonomy = :taxonomy, license = :license, license_state = :licenseState, active = :active,
                          supervisor_id = :supervisor, version = version + 1
                        WHERE id = :id AND practice_id = :practice AND version = :version""")
                .bindMap(columns(provider)).bind("supervisor", supervisorId.orElse(null)).bind("id", id)
                .bind("practice", practiceId).bind("version", expectedVersion).execute() == 1;
    }

    static void supervise(Handle handle, long id, long supervisorId) {
        handle.createUpdate("UPDATE provider SET supervisor_id = :supervisor WHERE id = :id")
                .bind("supervisor", supervisorId).bind("id", id).execute();
    }

    /** Refuses a provider with a value longer than its column, before anything is written. */
    static void check(RenderingProvider provider) {
        columns(provider);
        Columns.fit("supervisor", provider.supervisorNpi(), 10);
    }

    private static Map<String, Object> columns(RenderingProvider provider) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("first", Columns.fit("firstName", provider.firstName(), 35));
        columns.put("last", Columns.fit("lastName", provider.lastName(), 60));
        columns.put("type", provider.type().name());
        columns.put("npi", Columns.fit("npi", provider.npi(), 10));
        columns.put("taxonomy", Columns.fit("taxonomy", provider.taxonomy(), 10));
        columns.put("license", Columns.fit("license", provider.licenseNumber(), 40));
        columns.put("licenseState", Columns.fit("licenseState", provider.licenseState(), 2));
        columns.put("active", provider.active());
        return columns;
    }

    private static Stored<RenderingProvider> row(ResultSet rs, StatementContext context) throws SQLException {
        return new Stored<>(rs.getLong("id"), rs.getInt("version"), new RenderingProvider(rs.getString("first_name"),
                rs.getString("last_name"), ProviderType.valueOf(rs.getString("provider_type")), rs.getString("npi"),
                rs.getString("taxonomy"), Optional.ofNullable(rs.getString("license")),
                Optional.ofNullable(rs.getString("license_state")), rs.getBoolean("active"),
                Optional.ofNullable(rs.getString("supervisor_npi"))));
    }
}

package dev.cleanclaim.store;

import org.jdbi.v3.core.Jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Per-user API tokens, kept as hashes. */
public final class ApiTokenStore {

    private final Jdbi jdbi;
    private final Clock clock;

    ApiTokenStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public ApiToken create(long userId, String tokenHash, String label) {
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbi.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO api_token (user_id, token_hash, label, created_at) VALUES (:user, :hash, :label, :now)""")
                .bind("user", userId).bind("hash", tokenHash).bind("label", label).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new ApiToken(id, userId, label, now.toInstant(), false);
    }

    /** The active user a live token belongs to, in one query: every API request asks this. */
    public Optional<UserAccount> activeUserOf(String tokenHash) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT u.* FROM api_token t JOIN app_user u ON u.id = t.user_id
                        WHERE t.token_hash = :hash AND t.revoked = FALSE AND u.active = TRUE""")
                .bind("hash", tokenHash).map((rs, ctx) -> UserStore.row(rs)).findOne());
    }

    public List<ApiToken> forUser(long userId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM api_token WHERE user_id = :user ORDER BY id")
                .bind("user", userId).map((rs, ctx) -> row(rs)).list());
    }

    /** Revokes one of the user's tokens; false when the user has no such token. */
    public boolean revoke(long userId, long tokenId) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                        "UPDATE api_token SET revoked = TRUE WHERE id = :id AND user_id = :user")
                .bind("id", tokenId).bind("user", userId).execute()) == 1;
    }

    private static ApiToken row(ResultSet rs) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getLong("user_id"), rs.getString("label"),
                rs.getTimestamp("created_at").toInstant(), rs.getBoolean("revoked"));
    }
}

package dev.cleanclaim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Per-user API tokens, kept as hashes, each with an expiry and the token (if any) that made it. */
public final class ApiTokenStore {

    private final Jdbi jdbi;
    private final Clock clock;

    ApiTokenStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** A token made with a password or session, for {@link ApiToken#LEGACY_LIFETIME_DAYS} days (the store's tests). */
    public ApiToken create(long userId, String tokenHash, String label) {
        return create(userId, tokenHash, label, clock.instant().plus(Duration.ofDays(ApiToken.LEGACY_LIFETIME_DAYS)),
                Optional.empty(), Optional.empty());
    }

    public ApiToken create(long userId, String tokenHash, String label, Instant expiresAt, Optional<Long> madeByTokenId,
                           Optional<UserRole> madeAsRole) {
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbi.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO api_token (user_id, token_hash, label, created_at, expires_at, made_by_token_id, made_as_role)
                        VALUES (:user, :hash, :label, :now, :expires, :madeBy, :role)""")
                .bind("user", userId).bind("hash", tokenHash).bind("label", label).bind("now", now)
                .bind("expires", Timestamp.from(expiresAt)).bind("madeBy", madeByTokenId.orElse(null))
                .bind("role", madeAsRole.map(UserRole::name).orElse(null))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new ApiToken(id, userId, label, now.toInstant(), false, expiresAt, madeByTokenId, madeAsRole);
    }

    /** The active user a live token belongs to, in one query: every API request asks this. */
    public Optional<UserAccount> activeUserOf(String tokenHash) {
        return holderOf(tokenHash).map(TokenHolder::user);
    }

    /** The unrevoked token with this hash and its active user; whether it has expired is the caller's to judge. */
    public Optional<TokenHolder> holderOf(String tokenHash) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT t.id AS t_id, t.user_id AS t_user_id, t.label AS t_label, t.created_at AS t_created_at,
                               t.revoked AS t_revoked, t.expires_at AS t_expires_at, t.made_by_token_id AS t_made_by_token_id,
                               t.made_as_role AS t_made_as_role, u.*
                        FROM api_token t JOIN app_user u ON u.id = t.user_id
                        WHERE t.token_hash = :hash AND t.revoked = FALSE AND u.active = TRUE""")
                .bind("hash", tokenHash).map((rs, ctx) -> new TokenHolder(row(rs, "t_"), UserStore.row(rs))).findOne());
    }

    public List<ApiToken> forUser(long userId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM api_token WHERE user_id = :user ORDER BY id")
                .bind("user", userId).map((rs, ctx) -> row(rs, "")).list());
    }

    /** Revokes one of the user's tokens; false when the user has no such token. */
    public boolean revoke(long userId, long tokenId) {
        return jdbi.inTransaction(handle -> revokeWithDescendants(handle, userId, tokenId)) > 0;
    }

    /**
     * Revokes one of the user's tokens and every token made by it, and by those, ... (a script's token cannot leave
     * children behind that outlive its revocation), with the audit row, in one transaction. How many were revoked
     * (0: the user has no such token).
     */
    public int revoke(long userId, long tokenId, AuditNote note) {
        return jdbi.inTransaction(handle -> {
            int revoked = revokeWithDescendants(handle, userId, tokenId);
            if (revoked > 0) {
                AuditLog.insert(handle, clock, note, "api-token", tokenId);
            }
            return revoked;
        });
    }

    private static int revokeWithDescendants(Handle handle, long userId, long tokenId) {
        boolean owned = handle.createQuery("SELECT COUNT(*) FROM api_token WHERE id = :id AND user_id = :user")
                .bind("id", tokenId).bind("user", userId).mapTo(Integer.class).one() == 1;
        if (!owned) {
            return 0;
        }
        int revoked = 0;
        Deque<Long> pending = new ArrayDeque<>(List.of(tokenId));
        while (!pending.isEmpty()) {
            long id = pending.pop();
            revoked += handle.createUpdate("UPDATE api_token SET revoked = TRUE WHERE id = :id").bind("id", id).execute();
            pending.addAll(handle.createQuery("SELECT id FROM api_token WHERE made_by_token_id = :id AND revoked = FALSE")
                    .bind("id", id).mapTo(Long.class).list());
        }
        return revoked;
    }

    /** Revokes every token of the user, in the caller's transaction: a deactivated user's tokens never come back. */
    static void revokeAllOf(Handle handle, long userId) {
        handle.createUpdate("UPDATE api_token SET revoked = TRUE WHERE user_id = :user").bind("user", userId).execute();
    }

    private static ApiToken row(ResultSet rs, String prefix) throws SQLException {
        Instant created = rs.getTimestamp(prefix + "created_at").toInstant();
        Timestamp expires = rs.getTimestamp(prefix + "expires_at");
        long madeBy = rs.getLong(prefix + "made_by_token_id");
        Optional<Long> madeByTokenId = rs.wasNull() ? Optional.empty() : Optional.of(madeBy);
        Optional<UserRole> role = Optional.ofNullable(rs.getString(prefix + "made_as_role")).map(UserRole::valueOf);
        return new ApiToken(rs.getLong(prefix + "id"), rs.getLong(prefix + "user_id"), rs.getString(prefix + "label"), created,
                rs.getBoolean(prefix + "revoked"),
                expires != null ? expires.toInstant() : created.plus(Duration.ofDays(ApiToken.LEGACY_LIFETIME_DAYS)),
                madeByTokenId, role);
    }
}

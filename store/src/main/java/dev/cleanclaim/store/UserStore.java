package dev.cleanclaim.store;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Users, their passwords and resets. Passwords arrive hashed; this class never sees one in clear. */
public final class UserStore {

    private static final String UNIQUE_VIOLATION = "23505";

    private final Jdbi jdbi;
    private final Clock clock;

    UserStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Creates the user; a username already in use is a mistake of the caller here (see {@link #createUnlessTaken}). */
    public UserAccount create(String username, String passwordHash, UserRole role, Optional<Long> providerId) {
        return createUnlessTaken(username, passwordHash, role, providerId)
                .orElseThrow(() -> new IllegalStateException("username " + username + " is taken"));
    }

    /**
     * Creates the user, or nothing when the username is taken. The database's unique constraint decides, not a look
     * beforehand: two admins adding the same name at once get one user and one refusal, never a server error.
     */
    public Optional<UserAccount> createUnlessTaken(String username, String passwordHash, UserRole role,
                                                   Optional<Long> providerId) {
        return createUnlessTaken(username, passwordHash, role, providerId, Optional.empty());
    }

    /** The same, with the audit row of the creation written in its transaction. */
    public Optional<UserAccount> createUnlessTaken(String username, String passwordHash, UserRole role,
                                                   Optional<Long> providerId, AuditNote note) {
        return createUnlessTaken(username, passwordHash, role, providerId, Optional.of(note));
    }

    private Optional<UserAccount> createUnlessTaken(String username, String passwordHash, UserRole role,
                                                    Optional<Long> providerId, Optional<AuditNote> note) {
        if (role == UserRole.THERAPIST && providerId.isEmpty()) {
            throw new IllegalArgumentException("a therapist user needs the provider whose patients they see");
        }
        try {
            long id = jdbi.inTransaction(handle -> {
                long made = handle.createUpdate("""
                                INSERT INTO app_user (username, password_hash, user_role, provider_id, created_at)
                                VALUES (:username, :hash, :role, :provider, :now)""")
                        .bind("username", username).bind("hash", passwordHash).bind("role", role.name())
                        .bind("provider", providerId.orElse(null)).bind("now", Timestamp.from(clock.instant()))
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                note.ifPresent(audit -> AuditLog.insert(handle, clock, audit, "user", made));
                return made;
            });
            return Optional.of(new UserAccount(id, username, passwordHash, role, providerId, true, false));
        } catch (UnableToExecuteStatementException e) {
            if (isUniqueViolation(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** SQLSTATE 23505 is the standard's unique violation, reported alike by PostgreSQL and H2. */
    private static boolean isUniqueViolation(UnableToExecuteStatementException e) {
        return e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState());
    }

    public Optional<UserAccount> findByUsername(String username) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM app_user WHERE username = :username")
                .bind("username", username).map((rs, ctx) -> row(rs)).findOne());
    }

    public Optional<UserAccount> find(long id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM app_user WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> row(rs)).findOne());
    }

    /** Every user, by username: the admin's list. */
    public List<UserAccount> list() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM app_user ORDER BY username")
                .map((rs, ctx) -> row(rs)).list());
    }

    public long count() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM app_user").mapTo(Long.class).one());
    }

    /**
     * Activates or deactivates the user; deactivating revokes every API token of theirs, so reactivating them later
     * does not bring back tokens that may have leaked meanwhile.
     */
    public void setActive(long id, boolean active) {
        jdbi.useTransaction(handle -> updateActive(handle, id, active));
    }

    /** The same, with its audit row written in its transaction. */
    public void setActive(long id, boolean active, AuditNote note) {
        jdbi.useTransaction(handle -> {
            updateActive(handle, id, active);
            AuditLog.insert(handle, clock, note, "user", id);
        });
    }

    private static void updateActive(org.jdbi.v3.core.Handle handle, long id, boolean active) {
        handle.createUpdate("UPDATE app_user SET active = :active WHERE id = :id")
                .bind("active", active).bind("id", id).execute();
        if (!active) {
            ApiTokenStore.revokeAllOf(handle, id);
        }
    }

    /**
     * Sets a new password hash, clears any pending reset code and writes the audit row, in one transaction: a
     * password is never changed without its record.
     */
    public void changePassword(long id, String passwordHash, AuditNote note) {
        jdbi.useTransaction(handle -> {
            handle.createUpdate("""
                            UPDATE app_user SET password_hash = :hash, reset_code_hash = NULL, reset_code_expires_at = NULL,
                                   password_changed_at = :now
                            WHERE id = :id""")
                    .bind("hash", passwordHash).bind("now", Timestamp.from(clock.instant())).bind("id", id).execute();
            AuditLog.insert(handle, clock, note, "user", id);
        });
    }

    /** Keeps a new reset code's hash (replacing an older one) with its audit row, in one transaction. */
    public void startReset(PasswordReset reset, AuditNote note) {
        jdbi.useTransaction(handle -> {
            handle.createUpdate("UPDATE app_user SET reset_code_hash = :hash, reset_code_expires_at = :until WHERE id = :id")
                    .bind("hash", reset.codeHash()).bind("until", Timestamp.from(reset.expiresAt()))
                    .bind("id", reset.userId()).execute();
            AuditLog.insert(handle, clock, note, "user", reset.userId());
        });
    }

    /** The user's pending reset, if one was started and not used. */
    public Optional<PasswordReset> pendingReset(long id) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT reset_code_hash, reset_code_expires_at FROM app_user WHERE id = :id AND reset_code_hash IS NOT NULL")
                .bind("id", id).map((rs, ctx) -> new PasswordReset(id, rs.getString("reset_code_hash"),
                        rs.getTimestamp("reset_code_expires_at").toInstant())).findOne());
    }

    /**
     * Uses the reset code: sets the new password only while that very code is still the pending one and unexpired,
     * so two requests with one code set one password. False when the code was used, replaced or ran out meanwhile.
     */
    public boolean completeReset(PasswordReset reset, String passwordHash, AuditNote note) {
        return jdbi.inTransaction(handle -> {
            Timestamp now = Timestamp.from(clock.instant());
            int changed = handle.createUpdate("""
                            UPDATE app_user SET password_hash = :hash, reset_code_hash = NULL, reset_code_expires_at = NULL,
                                   password_changed_at = :now
                            WHERE id = :id AND reset_code_hash = :code AND reset_code_expires_at > :now""")
                    .bind("hash", passwordHash).bind("now", now).bind("id", reset.userId())
                    .bind("code", reset.codeHash()).execute();
            if (changed == 1) {
                AuditLog.insert(handle, clock, note, "user", reset.userId());
            }
            return changed == 1;
        });
    }

    static UserAccount row(ResultSet rs) throws SQLException {
        long provider = rs.getLong("provider_id");
        Optional<Long> providerId = rs.wasNull() ? Optional.empty() : Optional.of(provider);
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                UserRole.valueOf(rs.getString("user_role")), providerId, rs.getBoolean("active"),
                rs.getBoolean("totp_confirmed"));
    }
}

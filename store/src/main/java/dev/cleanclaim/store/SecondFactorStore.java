package dev.cleanclaim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Second factors: a user's TOTP secret and their single-use recovery codes (kept as SHA-256 hashes; the codes are
 * random, so a plain hash is enough). Every use is a conditional update, so two requests with one code use it once.
 */
public final class SecondFactorStore {

    private static final String ENTITY = "user";

    private final Jdbi jdbi;
    private final Clock clock;

    SecondFactorStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public SecondFactor of(long userId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT totp_secret, totp_confirmed, totp_last_step FROM app_user WHERE id = :id")
                .bind("id", userId).map((rs, ctx) -> {
                    long step = rs.getLong("totp_last_step");
                    OptionalLong lastStep = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(step);
                    return new SecondFactor(userId, Optional.ofNullable(rs.getString("totp_secret")),
                            rs.getBoolean("totp_confirmed"), lastStep);
                }).findOne().orElseThrow(() -> new IllegalArgumentException("no user " + userId)));
    }

    /**
     * Turns the user's second factor on with the secret they proved they hold (the step of the code that proved it is
     * used) and their recovery codes, with the audit row, in one transaction; false (nothing changed) when they have
     * one already: that is removed first, with a code or by an admin. The secret awaiting its first code is kept by
     * the caller, with the session that asked for it, never here: no one else's sign-in can see or confirm it.
     */
    public boolean enrol(long userId, String secret, long step, List<String> recoveryCodeHashes, AuditNote note) {
        return jdbi.inTransaction(handle -> {
            int enrolled = handle.createUpdate("""
                            UPDATE app_user SET totp_secret = :secret, totp_confirmed = TRUE, totp_last_step = :step
                            WHERE id = :id AND totp_confirmed = FALSE""")
                    .bind("secret", secret).bind("step", step).bind("id", userId).execute();
            if (enrolled == 1) {
                replaceCodes(handle, userId, recoveryCodeHashes);
                AuditLog.insert(handle, clock, note, ENTITY, userId);
            }
            return enrolled == 1;
        });
    }

    /**
     * Uses a code's time step: true only when it is later than the last step used, so a code overheard or sent
     * twice at once is accepted once.
     */
    public boolean useStep(long userId, long step) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE app_user SET totp_last_step = :step
                        WHERE id = :id AND totp_confirmed = TRUE AND (totp_last_step IS NULL OR totp_last_step < :step)""")
                .bind("step", step).bind("id", userId).execute()) == 1;
    }

    /** Uses a recovery code: true only for an unused code of this user, which is then used up. */
    public boolean useRecoveryCode(long userId, String codeHash) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE recovery_code SET used_at = :now
                        WHERE user_id = :id AND code_hash = :hash AND used_at IS NULL""")
                .bind("now", Timestamp.from(clock.instant())).bind("id", userId).bind("hash", codeHash).execute()) == 1;
    }

    public int recoveryCodesLeft(long userId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM recovery_code WHERE user_id = :id AND used_at IS NULL")
                .bind("id", userId).mapTo(Integer.class).one());
    }

    /** New recovery codes in place of every earlier one (used or not), with the audit row, in one transaction. */
    public void replaceRecoveryCodes(long userId, List<String> codeHashes, AuditNote note) {
        jdbi.useTransaction(handle -> {
            replaceCodes(handle, userId, codeHashes);
            AuditLog.insert(handle, clock, note, ENTITY, userId);
        });
    }

    /**
     * Removes the user's second factor and recovery codes, with the audit row, in one transaction (the user's own
     * choice with a code, or an admin's for a lost phone); false when there was none.
     */
    public boolean remove(long userId, AuditNote note) {
        return jdbi.inTransaction(handle -> {
            int removed = handle.createUpdate("""
                            UPDATE app_user SET totp_secret = NULL, totp_confirmed = FALSE, totp_last_step = NULL
                            WHERE id = :id AND totp_secret IS NOT NULL""")
                    .bind("id", userId).execute();
            handle.createUpdate("DELETE FROM recovery_code WHERE user_id = :id").bind("id", userId).execute();
            if (removed == 1) {
                AuditLog.insert(handle, clock, note, ENTITY, userId);
            }
            return removed == 1;
        });
    }

    private static void replaceCodes(Handle handle, long userId, List<String> codeHashes) {
        handle.createUpdate("DELETE FROM recovery_code WHERE user_id = :id").bind("id", userId).execute();
        var batch = handle.prepareBatch("INSERT INTO recovery_code (user_id, code_hash) VALUES (:id, :hash)");
        for (String hash : codeHashes) {
            batch.bind("id", userId).bind("hash", hash).add();
        }
        if (!codeHashes.isEmpty()) {
            batch.execute();
        }
    }
}

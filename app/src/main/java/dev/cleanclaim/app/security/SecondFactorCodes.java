package dev.cleanclaim.app.security;

import dev.cleanclaim.store.SecondFactor;
import dev.cleanclaim.store.SecondFactorStore;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Checks what a user typed as their second factor: six digits are a code from their authenticator app, anything
 * else one of their recovery codes. Each is used up by a conditional update in the store, so a code works once even
 * when sent twice at the same moment.
 */
public final class SecondFactorCodes {

    static final int RECOVERY_CODES = 10;
    /** No look-alikes (0/o, 1/l/i), lower case: read off paper and typed on a phone. */
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    /** 24 characters of 31: 118 bits, enough for an unsalted hash to be out of reach (ASVS 2.6.2 asks 112). */
    private static final int RECOVERY_LENGTH = 24;
    private static final int GROUP = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecondFactorCodes() {
    }

    /** What a typed code was, once used. */
    sealed interface Used {
        record AppCode(long step) implements Used {
        }

        record RecoveryCode(int left) implements Used {
        }
    }

    /** Uses the typed code for a user with a confirmed second factor; empty when it is wrong, stale or used. */
    static Optional<Used> use(SecondFactorStore store, long userId, String typed, Instant now) {
        SecondFactor factor = store.of(userId);
        if (!factor.confirmed() || factor.secret().isEmpty() || typed == null) {
            return Optional.empty();
        }
        String code = typed.replaceAll("\\s", "");
        if (code.matches("\\d{" + Totp.DIGITS + "}")) {
            OptionalLong step = Totp.matchingStep(factor.secret().get(), code, now, factor.lastStep());
            return step.isPresent() && store.useStep(userId, step.getAsLong())
                    ? Optional.of(new Used.AppCode(step.getAsLong())) : Optional.empty();
        }
        return store.useRecoveryCode(userId, hashOf(code))
                ? Optional.of(new Used.RecoveryCode(store.recoveryCodesLeft(userId))) : Optional.empty();
    }

    /** Ten new recovery codes, as shown to the user once ("abcdef-ghjkmn-pqrstu-vwxyz2"). */
    static List<String> newRecoveryCodes() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < RECOVERY_LENGTH; c++) {
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            for (int dash = RECOVERY_LENGTH - GROUP; dash > 0; dash -= GROUP) {
                code.insert(dash, '-');
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** The stored hash of a recovery code, however it was typed (case, dashes and spaces do not matter). */
    public static String hashOf(String recoveryCode) {
        return Tokens.sha256(recoveryCode.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT));
    }

    static List<String> hashesOf(List<String> recoveryCodes) {
        return recoveryCodes.stream().map(SecondFactorCodes::hashOf).toList();
    }
}

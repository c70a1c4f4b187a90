package dev.cleanclaim.app.security;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.store.ApiToken;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How long a new API token lives: {@link #DEFAULT_DAYS} unless the request asks for fewer (or up to
 * {@link #LONGEST_DAYS}), and never past the token that made it, so a leaked token cannot mint itself a longer life.
 */
public final class TokenLifetime {

    public static final int DEFAULT_DAYS = ApiToken.LEGACY_LIFETIME_DAYS;
    public static final int LONGEST_DAYS = 365;

    private TokenLifetime() {
    }

    /** The expiry of a token asked for now, for {@code days} (empty: the default), made by {@code maker} if any. */
    public static Instant expiry(Instant now, Optional<Integer> days, Optional<ApiToken> maker) {
        int asked = days.orElse(DEFAULT_DAYS);
        if (asked < 1 || asked > LONGEST_DAYS) {
            throw new InputException("request", List.of(new InputProblem("$.days",
                    "a token lives 1 to " + LONGEST_DAYS + " days (default " + DEFAULT_DAYS + ")")));
        }
        Instant wanted = now.plus(Duration.ofDays(asked));
        return maker.map(ApiToken::expiresAt).filter(wanted::isAfter).orElse(wanted);
    }
}

package dev.cleanclaim.app.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTest {

    /** RFC 6238 appendix B's SHA-1 seed: the ASCII of "12345678901234567890". */
    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "at {0} s the code is {1}")
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130"})
    void the_codes_match_rfc_6238_appendix_b_sha1_test_vectors(long seconds, String expected) {
        assertThat(Totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(seconds)), 8)).isEqualTo(expected);
    }

    @Test
    void six_digit_codes_are_the_last_six_digits_of_the_same_truncation() {
        String secret = Totp.base32(RFC_SEED);

        assertThat(secret).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.code(secret, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
    }

    @Test
    void a_code_is_accepted_one_step_either_side_and_never_for_a_step_already_used() {
        String secret = Totp.newSecret();
        Instant now = Instant.parse("2026-11-23T12:00:10Z");
        long step = Totp.step(now);

        assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 1), now, OptionalLong.empty())).hasValue(step - 1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 1), now, OptionalLong.empty())).hasValue(step + 1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 2), now, OptionalLong.empty())).isEmpty();
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step), now, OptionalLong.of(step))).as("used once").isEmpty();
        assertThat(Totp.matchingStep(secret, "12 34", now, OptionalLong.empty())).isEmpty();
    }

    @Test
    void a_new_secret_is_twenty_random_bytes_and_the_uri_names_cleanclaim_and_the_user() {
        String secret = Totp.newSecret();

        assertThat(Totp.fromBase32(secret)).hasSize(20);
        assertThat(secret).isNotEqualTo(Totp.newSecret()).hasSize(32);
        assertThat(Totp.uri("admin", secret)).startsWith("otpauth://totp/cleanclaim:admin?secret=" + secret + "&issuer=cleanclaim");
    }
}

package dev.cleanclaim.app.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void a_hash_verifies_its_password_and_no_other() {
        String hash = hasher.hash("correct horse");

        assertThat(hasher.matches("correct horse", hash)).isTrue();
        assertThat(hasher.matches("correct horsE", hash)).isFalse();
        assertThat(hasher.matches("", hash)).isFalse();
    }

    @Test
    void a_hash_is_argon2id_with_owasp_costs_in_the_phc_format_and_a_fresh_salt_each_time() {
        String first = hasher.hash("correct horse");
        String second = hasher.hash("correct horse");

        assertThat(first).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("correct");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void a_hash_made_by_the_reference_argon2_program_verifies() {
        // echo -n "correct horse" | argon2 saltsaltsaltsalt -id -t 2 -k 19456 -p 1 -l 32 -e  (Debian package argon2)
        String reference = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$AdweBLwcflnNX2HVW8i1Mtu7frrn4Ki7h/rYSGuU7Is";

        assertThat(hasher.matches("correct horse", reference)).isTrue();
        assertThat(hasher.matches("correct horses", reference)).isFalse();
    }

    @Test
    void a_malformed_stored_hash_matches_nothing() {
        assertThat(hasher.matches("x", "")).isFalse();
        assertThat(hasher.matches("x", "$2a$10$bcrypt-hash-is-not-accepted")).isFalse();
        assertThat(hasher.matches("x", "$argon2id$v=19$m=x,t=2,p=1$c2FsdA$AAAA")).isFalse();
        assertThat(hasher.matches("x", "$argon2id$v=19$m=19456,t=2,p=1$%%%$AAAA")).isFalse();
    }
}

package dev.cleanclaim.app.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "elevenchars", "aaaaaaaaaaaa", "AAAAAAAAAAAAAAAA", "password1234", "!!Password2024",
            "qwertyuiop123", "123456789012", "abcdefghijkl", "987654321098", "nora-secret-2026", "my cleanclaim login"})
    void weak_passwords_are_refused(String password) {
        assertThat(PasswordPolicy.problemWith("nora", password)).as(password).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "twelve chars or more", "a long enough passphrase",
            "Tq7#mZ2!vR9k", "saltwater taffy on tuesdays"})
    void long_uncommon_passwords_pass_without_any_composition_rule(String password) {
        assertThat(PasswordPolicy.problemWith("nora", password)).as(password).isEmpty();
    }

    @Test
    void the_shipped_list_holds_at_least_the_ten_thousand_most_common_passwords() {
        assertThat(PasswordPolicy.commonCount()).isGreaterThanOrEqualTo(10_000);
        assertThat(PasswordPolicy.problemWith("nora", "baseball1234")).isPresent();
    }

    @Test
    void a_refusal_says_why_in_words_a_person_can_act_on() {
        assertThat(PasswordPolicy.problemWith("nora", "short")).contains("at least 12 characters");
        assertThat(PasswordPolicy.problemWith("nora", "nora is my name")).contains("not the user name or a password containing it");
    }
}

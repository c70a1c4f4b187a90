package dev.cleanclaim.app.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a sign-in (or a set-up's "continue") sends the browser next: only somewhere on this server. */
class SafeNextTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/claims", "/claims?status=ready&from=2026-01-01", "/patients/42/edit#top",
            "/admin/practice%3FsetUp%3Dtrue"})
    void a_path_on_this_server_is_kept(String next) {
        assertThat(SignInRoutes.safeNext(next)).isEqualTo(next);
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "/\\evil.example", "/\t/evil.example", "/\n/evil.example", "https://evil.example",
            "evil.example", "/%09/ok-because-encoded-but-then", "/ /evil.example", "/é", ""})
    void anything_a_browser_could_read_as_another_host_sends_home(String next) {
        String kept = SignInRoutes.safeNext(next);
        assertThat(kept).satisfiesAnyOf(path -> assertThat(path).isEqualTo("/"),
                path -> assertThat(path).isEqualTo(next).doesNotContainPattern("\\s|\\\\").startsWith("/").doesNotStartWith("//"));
    }
}

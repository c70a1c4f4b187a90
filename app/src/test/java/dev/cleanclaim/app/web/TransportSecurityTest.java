package dev.cleanclaim.app.web;

import dev.cleanclaim.app.testing.TestWorkspace;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On plain HTTP the cookies' Secure flag and HSTS follow what the trusted proxy says about the client's connection,
 * never what a client says about its own.
 */
class TransportSecurityTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Test
    void a_client_claiming_https_in_its_own_header_gets_no_secure_cookie_and_no_hsts() throws Exception {
        try (TestWorkspace workspace = TestWorkspace.onH2()) {
            HttpResponse<String> form = loginForm(workspace, "https");

            assertThat(cookie(form)).doesNotContain("Secure").contains("HttpOnly");
            assertThat(form.headers().firstValue("Strict-Transport-Security")).isEmpty();
        }
    }

    @Test
    void behind_the_trusted_proxy_its_forwarded_proto_https_makes_the_cookie_secure_and_sends_hsts() throws Exception {
        try (TestWorkspace workspace = TestWorkspace.behindTrustedProxy()) {
            HttpResponse<String> overTls = loginForm(workspace, "https");
            HttpResponse<String> plain = loginForm(workspace, "http");
            HttpResponse<String> clientsValueFirst = loginForm(workspace, "https, http");

            assertThat(cookie(overTls)).contains("Secure");
            assertThat(overTls.headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000");
            assertThat(cookie(plain)).doesNotContain("Secure");
            assertThat(cookie(clientsValueFirst)).as("only the proxy's own (last) entry counts").doesNotContain("Secure");
        }
    }

    private static HttpResponse<String> loginForm(TestWorkspace workspace, String forwardedProto) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(workspace.url("/login")))
                .header("X-Forwarded-Proto", forwardedProto).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith(SignInRoutes.LOGIN_COOKIE + "="))
                .findFirst().orElseThrow();
    }
}

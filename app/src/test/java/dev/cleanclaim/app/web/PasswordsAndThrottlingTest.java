package dev.cleanclaim.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cleanclaim.app.testing.TestWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Password change and reset, and sign-in throttling, over real HTTP. */
class PasswordsAndThrottlingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NEW_PASSWORD = "saltwater taffy on tuesdays";

    private TestWorkspace workspace;

    @AfterEach
    void close() {
        if (workspace != null) {
            workspace.close();
        }
    }

    /** A script's token request with this password (and the user's next second-factor code, when they have one). */
    private HttpResponse<String> tokenFor(String username, String password, Map<String, String> headers) throws Exception {
        var body = JSON.createObjectNode().put("username", username).put("password", password).put("label", "test");
        if (workspace.hasSecondFactor(username)) {
            body.put("code", workspace.secondFactorCode(username));
        }
        return workspace.sendWithToken(null, "POST", "/api/v1/tokens", body.toString(), headers);
    }

    @Test
    void a_biller_changes_their_password_with_the_current_one_and_only_to_one_the_rules_allow() throws Exception {
        workspace = TestWorkspace.onH2();
        String change = "/api/v1/account/password";

        assertThat(workspace.send("biller", "POST", change, "{\"currentPassword\":\"not it at all\",\"newPassword\":\""
                + NEW_PASSWORD + "\"}").statusCode()).isEqualTo(422);
        HttpResponse<String> weak = workspace.send("biller", "POST", change, "{\"currentPassword\":\"" + TestWorkspace.PASSWORD
                + "\",\"newPassword\":\"password1234\"}");
        assertThat(weak.statusCode()).isEqualTo(422);
        assertThat(weak.body()).contains("$.newPassword").contains("most common passwords");
        assertThat(workspace.send("biller", "POST", change, "{\"currentPassword\":\"" + TestWorkspace.PASSWORD
                + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}").statusCode()).isEqualTo(204);

        assertThat(tokenFor("biller", TestWorkspace.PASSWORD, Map.of()).statusCode()).isEqualTo(401);
        assertThat(tokenFor("biller", NEW_PASSWORD, Map.of()).statusCode()).isEqualTo(201);
        assertThat(workspace.app().database().audit().recent(20)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("password-change");
            assertThat(entry.user()).isEqualTo("biller");
        });
    }

    @Test
    void an_admins_reset_code_sets_a_new_password_once_and_is_kept_only_as_a_hash() throws Exception {
        workspace = TestWorkspace.onH2();
        long dana = workspace.app().database().users().findByUsername("dana").orElseThrow().id();

        assertThat(workspace.send("biller", "POST", "/api/v1/users/" + dana + "/reset-code", null).statusCode())
                .as("only an admin").isEqualTo(403);
        HttpResponse<String> issued = workspace.send("admin", "POST", "/api/v1/users/" + dana + "/reset-code", null);
        assertThat(issued.statusCode()).isEqualTo(201);
        String code = JSON.readTree(issued.body()).get("code").asText();
        assertThat(workspace.app().database().users().pendingReset(dana).orElseThrow().codeHash()).doesNotContain(code);

        String wrong = JSON.createObjectNode().put("username", "dana").put("code", "not the code").put("newPassword", NEW_PASSWORD).toString();
        String right = JSON.createObjectNode().put("username", "dana").put("code", code).put("newPassword", NEW_PASSWORD).toString();
        assertThat(workspace.sendWithToken(null, "POST", "/api/v1/password-reset", wrong, Map.of()).statusCode()).isEqualTo(422);
        assertThat(workspace.sendWithToken(null, "POST", "/api/v1/password-reset", right, Map.of()).statusCode()).isEqualTo(204);
        assertThat(workspace.sendWithToken(null, "POST", "/api/v1/password-reset", right, Map.of()).statusCode())
                .as("a code works once").isEqualTo(422);

        assertThat(tokenFor("dana", TestWorkspace.PASSWORD, Map.of()).statusCode()).isEqualTo(401);
        assertThat(tokenFor("dana", NEW_PASSWORD, Map.of()).statusCode()).isEqualTo(201);
    }

    @Test
    void behind_a_trusted_proxy_one_flooding_client_is_throttled_while_the_admin_from_elsewhere_signs_in() throws Exception {
        workspace = TestWorkspace.behindTrustedProxy();
        Map<String, String> attacker = Map.of("X-Forwarded-For", "203.0.113.9");
        for (int i = 0; i < 25; i++) {
            tokenFor(i % 2 == 0 ? "admin" : "nobody" + i, "guess number " + i, attacker);
        }

        assertThat(tokenFor("admin", TestWorkspace.PASSWORD, attacker).statusCode()).isEqualTo(429);
        assertThat(tokenFor("admin", TestWorkspace.PASSWORD, Map.of("X-Forwarded-For", "198.51.100.7")).statusCode())
                .as("the real admin, through the same proxy").isEqualTo(201);
        assertThat(workspace.app().database().audit().recent(5)).anySatisfy(entry ->
                assertThat(entry.remoteAddress()).contains("198.51.100.7"));
    }

    @Test
    void a_locked_name_and_an_unknown_name_answer_alike() throws Exception {
        workspace = TestWorkspace.onH2();
        Map<String, String> spoofed = Map.of("X-Forwarded-For", "198.51.100.7");
        for (int i = 0; i < 5; i++) {
            tokenFor("admin", "guess number " + i, Map.of());
        }

        HttpResponse<String> locked = tokenFor("admin", "guess number 9", Map.of());
        HttpResponse<String> unknown = tokenFor("nobody", "guess number 9", Map.of());
        assertThat(locked.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(401);
        assertThat(locked.body()).isEqualTo(unknown.body());
        assertThat(tokenFor("admin", TestWorkspace.PASSWORD, spoofed).statusCode())
                .as("X-Forwarded-For from a socket that is no trusted proxy is ignored").isEqualTo(401);
    }
}

package dev.cleanclaim.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cleanclaim.app.security.Totp;
import dev.cleanclaim.app.testing.TestWorkspace;
import dev.cleanclaim.app.testing.WebSession;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.store.UserRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Second factors over HTTP: what a session without one may reach, the API's set-up, tokens, and an admin's clearing. */
class SecondFactorOverHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "second biller of the harbor";

    private final TestWorkspace workspace = TestWorkspace.onH2();

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void a_biller_without_one_reaches_only_the_set_up_until_it_is_done_and_gets_no_token_with_a_password() throws Exception {
        newBiller("bea");
        WebSession bea = WebSession.anonymous(workspace);
        HttpResponse<String> form = bea.get("/login");
        bea.adoptCsrf(form.body());
        HttpResponse<String> signedIn = bea.submit("/login", "username", "bea", "password", PASSWORD, "next", "/claims");
        assertThat(WebSession.location(signedIn)).as("no code asked: there is none yet").isEqualTo("/claims");

        HttpResponse<String> claims = bea.get("/claims");
        assertThat(WebSession.location(claims)).isEqualTo("/account/two-factor?next=%2Fclaims");
        HttpResponse<String> api = bea.get("/api/v1/patients");
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.body()).contains("second-factor-not-set-up");
        HttpResponse<String> noToken = tokenFor("bea", Optional.empty());
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.body()).contains("second-factor-not-set-up").contains("/account/two-factor");

        assertThat(bea.setUpSecondFactor()).hasSize(10);
        assertThat(bea.get("/claims").statusCode()).isEqualTo(200);
        assertThat(workspace.app().database().audit().recent(60)).anySatisfy(entry -> {
            assertThat(entry.user()).isEqualTo("bea");
            assertThat(entry.action()).isEqualTo("refused");
            assertThat(entry.detail().orElse("")).contains("403 GET /api/v1/patients");
        });
    }

    @Test
    void a_script_sets_one_up_through_the_api_and_then_sends_a_code_for_each_token() throws Exception {
        String token = workspace.tokenOf("dana"); // a therapist: optional, so a password alone still makes a token

        assertThat(json(workspace.sendWithToken(token, "GET", "/api/v1/account/two-factor", null, Map.of())).get("enrolled")
                .asBoolean()).isFalse();
        HttpResponse<String> begun = workspace.sendWithToken(token, "POST", "/api/v1/account/two-factor", null, Map.of());
        assertThat(begun.statusCode()).isEqualTo(201);
        assertThat(begun.headers().firstValue("Cache-Control")).contains("no-store");
        String secret = json(begun).get("secret").asText();
        assertThat(json(begun).get("uri").asText()).startsWith("otpauth://totp/cleanclaim:dana?secret=" + secret);

        HttpResponse<String> wrong = workspace.sendWithToken(token, "POST", "/api/v1/account/two-factor/confirmation",
                "{\"code\":\"000000\"}", Map.of());
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("$.code");
        HttpResponse<String> confirmed = workspace.sendWithToken(token, "POST", "/api/v1/account/two-factor/confirmation",
                "{\"code\":\"" + code(secret, 0) + "\"}", Map.of());
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(json(confirmed).get("recoveryCodes")).hasSize(10);

        HttpResponse<String> missing = tokenFor("dana", Optional.empty());
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.body()).contains("send \\\"code\\\"");
        assertThat(tokenFor("dana", Optional.of(code(secret, 0))).statusCode()).as("the set-up's code is spent").isEqualTo(401);
        assertThat(tokenFor("dana", Optional.of(code(secret, 1))).statusCode()).isEqualTo(201);
        assertThat(tokenFor("dana", Optional.of(json(confirmed).get("recoveryCodes").get(0).asText())).statusCode())
                .isEqualTo(201);

        HttpResponse<String> removed = workspace.sendWithToken(token, "POST", "/api/v1/account/two-factor/removal",
                "{\"code\":\"" + json(confirmed).get("recoveryCodes").get(1).asText() + "\"}", Map.of());
        assertThat(removed.statusCode()).isEqualTo(204);
        assertThat(tokenFor("dana", Optional.empty()).statusCode()).isEqualTo(201);
    }

    @Test
    void only_an_admin_clears_a_users_second_factor_and_the_user_then_sets_it_up_again() throws Exception {
        long biller = workspace.app().database().users().findByUsername("biller").orElseThrow().id();

        assertThat(workspace.send("dana", "DELETE", "/api/v1/users/" + biller + "/two-factor", null).statusCode()).isEqualTo(403);
        assertThat(workspace.send("admin", "DELETE", "/api/v1/users/" + biller + "/two-factor", null).statusCode()).isEqualTo(204);
        assertThat(workspace.send("admin", "DELETE", "/api/v1/users/" + biller + "/two-factor", null).statusCode())
                .as("nothing left to clear").isEqualTo(422);

        assertThat(workspace.hasSecondFactor("biller")).isFalse();
        assertThat(tokenFor("biller", Optional.empty()).statusCode()).isEqualTo(403);
        WebSession admin = WebSession.signIn(workspace, "admin");
        assertThat(admin.get("/admin/users").body()).contains("not set up yet: asked at next sign-in");
    }

    private void newBiller(String username) {
        workspace.app().parts().users().create(Actor.system(), username, PASSWORD, Optional.of(UserRole.BILLER), Optional.empty());
    }

    private HttpResponse<String> tokenFor(String username, Optional<String> code) throws Exception {
        var body = JSON.createObjectNode().put("username", username)
                .put("password", username.equals("bea") ? PASSWORD : TestWorkspace.PASSWORD).put("label", "script");
        code.ifPresent(value -> body.put("code", value));
        return workspace.sendWithToken(null, "POST", "/api/v1/tokens", body.toString(), Map.of());
    }

    private static String code(String secret, int stepsAhead) {
        return Totp.code(secret, Totp.step(TestWorkspace.CLOCK.instant()) + stepsAhead);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return TestWorkspace.json(response);
    }
}

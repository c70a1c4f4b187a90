package dev.cleanclaim.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cleanclaim.app.testing.TestWorkspace;
import dev.cleanclaim.store.UserRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** API tokens' expiry and lineage, over real HTTP. */
class ApiTokensTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestWorkspace workspace;

    @BeforeAll
    static void start() {
        workspace = TestWorkspace.onH2();
    }

    @AfterAll
    static void stop() {
        workspace.close();
    }

    private static JsonNode mint(String token, String body) throws Exception {
        HttpResponse<String> response = workspace.sendWithToken(token, "POST", "/api/v1/tokens", body, Map.of());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    @Test
    void a_new_token_lives_ninety_days_unless_it_asks_for_fewer_and_never_more_than_a_year() throws Exception {
        Instant now = TestWorkspace.CLOCK.instant();
        String biller = workspace.tokenOf("biller");

        assertThat(Instant.parse(mint(biller, "{\"label\":\"default\"}").get("expiresAt").asText())).isEqualTo(now.plusSeconds(90 * 86400L));
        assertThat(Instant.parse(mint(biller, "{\"label\":\"short\",\"days\":7}").get("expiresAt").asText())).isEqualTo(now.plusSeconds(7 * 86400L));
        HttpResponse<String> tooLong = workspace.sendWithToken(null, "POST", "/api/v1/tokens", JSON.createObjectNode()
                .put("username", "biller").put("password", TestWorkspace.PASSWORD).put("days", 366).toString(), Map.of());
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.body()).contains("$.days");

        JsonNode listed = TestWorkspace.json(workspace.sendWithToken(biller, "GET", "/api/v1/tokens", null, Map.of()));
        assertThat(listed.get("items")).allSatisfy(item -> {
            assertThat(item.has("expiresAt")).isTrue();
            assertThat(item.get("expired").asBoolean()).isFalse();
        });
    }

    @Test
    void an_expired_token_is_refused_with_401_saying_it_expired() throws Exception {
        long dana = workspace.app().database().users().findByUsername("dana").orElseThrow().id();
        String token = "cc_expired-for-the-test";
        workspace.app().database().apiTokens().create(dana, sha256(token), "old", Instant.parse("2026-01-01T00:00:00Z"),
                Optional.empty(), Optional.of(UserRole.THERAPIST));

        HttpResponse<String> refused = workspace.sendWithToken(token, "GET", "/api/v1/patients", null, Map.of());

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("expired");
    }

    @Test
    void a_token_cannot_mint_one_that_outlives_it_and_revoking_it_revokes_what_it_made() throws Exception {
        String billerToken = workspace.tokenOf("biller");
        JsonNode parent = mint(billerToken, "{\"label\":\"ci\",\"days\":5}");
        JsonNode child = mint(parent.get("token").asText(), "{\"label\":\"job\",\"days\":300}");
        JsonNode grandchild = mint(child.get("token").asText(), "{\"label\":\"step\"}");

        assertThat(child.get("expiresAt")).isEqualTo(parent.get("expiresAt"));
        assertThat(grandchild.get("expiresAt")).isEqualTo(parent.get("expiresAt"));
        assertThat(workspace.sendWithToken(billerToken, "DELETE", "/api/v1/tokens/" + parent.get("id").asLong(), null, Map.of())
                .statusCode()).isEqualTo(204);

        for (JsonNode made : new JsonNode[] {parent, child, grandchild}) {
            assertThat(workspace.sendWithToken(made.get("token").asText(), "GET", "/api/v1/patients", null, Map.of()).statusCode())
                    .as(made.get("label").asText()).isEqualTo(401);
        }
        assertThat(workspace.sendWithToken(billerToken, "GET", "/api/v1/patients", null, Map.of()).statusCode())
                .as("the token that made the parent").isEqualTo(200);
    }

    @Test
    void a_deactivated_users_tokens_stay_dead_when_the_user_is_reactivated() throws Exception {
        String lee = workspace.tokenOf("lee");
        long leeId = workspace.app().database().users().findByUsername("lee").orElseThrow().id();
        assertThat(workspace.sendWithToken(lee, "GET", "/api/v1/patients", null, Map.of()).statusCode()).isEqualTo(200);

        workspace.app().parts().users().setActive(admin(), leeId, false);
        workspace.app().parts().users().setActive(admin(), leeId, true);

        assertThat(workspace.sendWithToken(lee, "GET", "/api/v1/patients", null, Map.of()).statusCode()).isEqualTo(401);
    }

    private static dev.cleanclaim.app.workspace.Actor admin() {
        var admin = workspace.app().database().users().findByUsername("admin").orElseThrow();
        return new dev.cleanclaim.app.workspace.Actor(admin.id(), admin.username(), admin.role(), Optional.empty(), "127.0.0.1");
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}

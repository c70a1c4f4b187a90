package dev.cleanclaim.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cleanclaim.app.testing.TestWorkspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST API against a real server on a random port. */
class ApiServerTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestWorkspace workspace;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        workspace = TestWorkspace.onH2();
    }

    @AfterAll
    static void stop() {
        workspace.close();
    }

    private static HttpResponse<String> send(String method, String path, String body, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(workspace.url(path)))
                .header("Authorization", "Bearer " + workspace.tokenOf("biller"));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void posting_a_visit_gives_the_same_claim_as_the_cli() throws Exception {
        String example = "chiro-98941-with-manual-therapy-to-shoulder.json";
        HttpResponse<String> response = send("POST", "/api/v1/scrub", Files.readString(EXAMPLES.resolve(example)), "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body() + "\n").isEqualTo(Files.readString(EXAMPLES.resolve("expected").resolve(example)));
    }

    @Test
    void a_problem_document_is_utf_8_so_a_value_it_echoes_reads_back_as_sent() throws Exception {
        String visit = Files.readString(EXAMPLES.resolve("chiro-98941-with-manual-therapy-to-shoulder.json"))
                .replace("\"payer\": \"commercial\"", "\"payer\": \"caf\u00e9-\u0664\u0668\"");

        HttpResponse<String> response = send("POST", "/api/v1/scrub", visit, "application/json; charset=utf-8");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("caf\u00e9-\u0664\u0668");
    }

    @Test
    void a_bad_visit_gets_a_problem_document_naming_every_field() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/scrub",
                Files.readString(EXAMPLES.resolve("invalid").resolve("bad-input.json")), "application/json");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).contains("$.dateOfService", "$.payer", "$.diagnoses[0].code", "$.services[0].minutes");
    }

    @Test
    void a_body_that_is_not_json_is_a_problem_not_a_server_error() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/scrub", "{\"dateOfService\": ", "application/json");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(response.body()).get("errors")).isNotEmpty();
    }

    @Test
    void a_visit_sent_as_form_data_is_refused_naming_the_content_type() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/scrub", "a=b", "application/x-www-form-urlencoded");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(response.body()).at("/errors/0/field").asText()).isEqualTo("Content-Type");
    }

    @Test
    void an_unknown_api_path_is_a_404_problem() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/nothing-here", null, null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).get("detail").asText()).contains("openapi.json");
    }

    @Test
    void the_openapi_document_lists_exactly_the_routes_the_server_serves_and_each_answers() throws Exception {
        JsonNode document = JSON.readTree(send("GET", "/api/v1/openapi.json", null, null).body());
        List<String> documented = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey()));
        }

        assertThat(document.get("openapi").asText()).startsWith("3.1");
        assertThat(documented).containsExactlyInAnyOrderElementsOf(ApiServer.ROUTES);
        Map<String, Long> ids = existingIds();
        for (String route : ApiServer.ROUTES) {
            String[] parts = route.split(" ");
            String path = withIds(parts[1], ids);
            HttpResponse<String> response = send(parts[0], path, parts[0].equals("POST") ? "{}" : null, "application/json");
            assertThat(response.statusCode()).as(route + " as " + path).isNotIn(404, 405);
        }
    }

    @Test
    void every_reference_in_the_openapi_document_names_a_defined_component() throws Exception {
        String text = send("GET", "/api/v1/openapi.json", null, null).body();
        JsonNode document = JSON.readTree(text);
        Matcher refs = Pattern.compile("\"\\$ref\"\\s*:\\s*\"#/components/(\\w+)/(\\w+)\"").matcher(text);
        List<String> references = new ArrayList<>();
        while (refs.find()) {
            references.add(refs.group(1) + "/" + refs.group(2));
        }

        assertThat(references).isNotEmpty().allSatisfy(reference ->
                assertThat(document.at("/components/" + reference).isMissingNode()).as(reference).isFalse());
    }

    /** A record of each kind that exists, for the routes with an {id}: the route must answer, not 404. */
    private static Map<String, Long> existingIds() throws Exception {
        long patient = JSON.readTree(send("GET", "/api/v1/patients", null, null).body()).at("/items/0/id").asLong();
        long visit = JSON.readTree(send("GET", "/api/v1/patients/" + patient + "/visits", null, null).body())
                .at("/items/0/id").asLong();
        long claim = JSON.readTree(send("GET", "/api/v1/claims", null, null).body()).at("/items/0/id").asLong();
        // a token of its own to revoke, so the biller's token used here stays valid
        long token = JSON.readTree(send("POST", "/api/v1/tokens", "{\"label\":\"to revoke\"}", "application/json").body())
                .get("id").asLong();
        long provider = JSON.readTree(send("GET", "/api/v1/providers", null, null).body()).at("/items/0/id").asLong();
        long payer = JSON.readTree(send("GET", "/api/v1/payers", null, null).body()).at("/items/0/entryId").asLong();
        long letter = JSON.readTree(send("POST", "/api/v1/patients/" + patient + "/necessity-letters", """
                {"physician": {"firstName": "Ruth", "lastName": "Adams", "npi": "1564738296", "phone": "5035550142",
                  "address": {"line1": "1 Clinic Way", "city": "Portland", "state": "OR", "zip": "97201"}},
                 "diagnoses": ["M54.50"], "condition": "Low back pain", "frequency": "weekly", "duration": "8 weeks"}""",
                "application/json").body()).get("id").asLong();
        return Map.of("patients", patient, "visits", visit, "claims", claim, "tokens", token, "providers", provider,
                "payers", payer, "necessity-letters", letter);
    }

    private static String withIds(String path, Map<String, Long> ids) {
        Matcher placeholder = Pattern.compile("/([\\w-]+)/\\{id}").matcher(path);
        StringBuilder replaced = new StringBuilder();
        while (placeholder.find()) {
            placeholder.appendReplacement(replaced, "/" + placeholder.group(1) + "/" + ids.get(placeholder.group(1)));
        }
        // a second id in the path (a patient's {paymentId}) is refused as no record id (422), never unrouted (404)
        return placeholder.appendTail(replaced).toString().replaceAll("\\{\\w+}", "0");
    }

    @Test
    void health_names_the_rule_data_version() throws Exception {
        JsonNode health = JSON.readTree(send("GET", "/api/v1/health", null, null).body());

        assertThat(health.get("status").asText()).isEqualTo("up");
        assertThat(health.get("rules").asText()).startsWith("builtin-");
    }

    @Test
    void the_api_refuses_a_request_without_a_token_with_a_401_problem() throws Exception {
        HttpResponse<String> response = workspace.send(null, "POST", "/api/v1/scrub", "{}");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        assertThat(JSON.readTree(response.body()).get("detail").asText()).contains("Authorization: Bearer");
    }

    @Test
    void a_made_up_token_is_refused() throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(workspace.url("/api/v1/scrub")))
                .header("Authorization", "Bearer cc_not-a-real-token").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void a_token_request_with_a_wrong_password_is_refused_without_saying_whether_the_user_exists() throws Exception {
        HttpResponse<String> wrongPassword = workspace.send(null, "POST", "/api/v1/tokens",
                "{\"username\":\"biller\",\"password\":\"nope\"}");
        HttpResponse<String> noSuchUser = workspace.send(null, "POST", "/api/v1/tokens",
                "{\"username\":\"nobody\",\"password\":\"nope\"}");

        assertThat(wrongPassword.statusCode()).as(wrongPassword.body()).isEqualTo(401);
        assertThat(noSuchUser.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(wrongPassword.body()).get("detail")).isEqualTo(JSON.readTree(noSuchUser.body()).get("detail"));
    }

    @Test
    void responses_are_not_cached_framed_or_sniffed() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/health", null, null);

        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }
}

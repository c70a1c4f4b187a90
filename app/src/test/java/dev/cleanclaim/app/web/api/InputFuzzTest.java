package dev.cleanclaim.app.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.testing.Ack277;
import dev.cleanclaim.app.testing.Era835;
import dev.cleanclaim.app.testing.Mutations;
import dev.cleanclaim.app.testing.TestWorkspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded, bounded fuzz of everything the API reads: malformed JSON bodies on every write route and mutated X12
 * files on the upload routes, against a real server over H2. Nothing may answer 5xx; a refusal is a 4xx naming what
 * is wrong. The seeds are fixed, so a failure found here is found again on the next run.
 */
class InputFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SEED = 16_2026L;
    private static final int BODIES_PER_ROUTE = 120;
    private static final int X12_FILES = 1_200;
    private static final String[] REMITTANCES = {"full-payment.835", "partial-payment.835", "denial.835",
            "reversal-and-correction.835", "provider-adjustment.835", "two-transactions.835", "unmatched-claim.835"};
    private static final String[] ACKNOWLEDGMENTS = {"999-accepted.edi", "999-rejected.edi", "999-partly-accepted.edi",
            "277ca-accepted.edi", "277ca-rejected.edi", "277ca-partly-accepted.edi"};

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

    /** One write route, who may use it, and a body it accepts, to break. */
    private record Route(String method, String path, String user, JsonNode valid) {
    }

    @Test
    void no_malformed_body_on_any_write_route_gets_a_server_error() throws Exception {
        List<Route> routes = routes();
        Mutations mutations = new Mutations(SEED);
        List<String> failures = new ArrayList<>();
        int tried = 0;
        String previous = "none";
        for (int i = 0; i < BODIES_PER_ROUTE; i++) {
            for (Route route : routes) {
                byte[] body = mutations.body(route.valid());
                HttpResponse<String> response;
                try {
                    response = send(route.user(), route.method(), route.path(), body, "application/json");
                } catch (java.io.IOException dropped) {
                    throw new AssertionError("the server dropped the connection at body " + tried + ", " + route.method() + " "
                            + route.path() + " <- " + preview(body) + "; the one before: " + previous, dropped);
                }
                previous = route.method() + " " + route.path() + " <- " + preview(body) + " -> " + response.statusCode()
                        + " " + response.headers().firstValue("Connection").orElse("");
                tried++;
                if (response.statusCode() >= 500) {
                    failures.add(route.method() + " " + route.path() + " " + response.statusCode() + " <- "
                            + preview(body) + " -> " + response.body());
                }
            }
        }
        failures.forEach(System.out::println);
        int rendered = renderEveryClaim(failures);
        System.out.printf("input fuzz: %d malformed API bodies on %d write routes, %d answered 5xx;"
                + " %d stored claims rendered as 837P and CMS-1500%n", tried, routes.size(), failures.size(), rendered);
        assertThat(tried).isGreaterThanOrEqualTo(2_000);
        assertThat(failures).as("bodies answered 5xx").isEmpty();
    }

    @Test
    void no_mutated_835_999_or_277ca_upload_gets_a_server_error() throws Exception {
        JsonNode claim = readyClaim();
        List<String> remittances = new ArrayList<>();
        for (String name : REMITTANCES) {
            remittances.add(fixture("remit/" + name));
        }
        remittances.add(new Era835("FUZZ-1", "2026-11-21").claim(claim.get("controlNumber").asText(), "1",
                claim.get("totalCharge").asText(), "60.00", "98941", claim.get("controlNumber").asText() + "-1", "CO", "45",
                "5.00", "N130").text());
        List<String> acknowledgments = new ArrayList<>();
        for (String name : ACKNOWLEDGMENTS) {
            acknowledgments.add(fixture("ack/" + name));
        }
        acknowledgments.add(new Ack277().accepted(claim.get("controlNumber").asText(), "PAYER-77").text());
        Mutations mutations = new Mutations(SEED + 1);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < X12_FILES; i++) {
            boolean remittance = i % 2 == 0;
            List<String> seeds = remittance ? remittances : acknowledgments;
            byte[] file = mutations.x12(seeds.get(mutations.below(seeds.size())));
            String path = remittance ? "/api/v1/remittances" : "/api/v1/acknowledgments";
            HttpResponse<String> response = send("biller", "POST", path + "?file=fuzz-" + i + ".edi", file, "application/edi-x12");
            if (response.statusCode() >= 500) {
                failures.add(path + " " + response.statusCode() + " <- " + preview(file) + " -> " + response.body());
            }
        }
        System.out.printf("input fuzz: %d mutated X12 files (835, 999, 277CA) uploaded, %d answered 5xx%n",
                X12_FILES, failures.size());
        assertThat(failures).as("files answered 5xx").isEmpty();
    }

    @Test
    void two_patients_created_at_once_with_one_account_number_get_one_201_and_one_conflict_naming_it() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 20; i++) {
                String body = patient("RACE-" + i).toString();
                Callable<HttpResponse<String>> create = () -> workspace.send("biller", "POST", "/api/v1/patients", body);
                Future<HttpResponse<String>> first = pool.submit(create);
                Future<HttpResponse<String>> second = pool.submit(create);
                List<Integer> statuses = List.of(first.get().statusCode(), second.get().statusCode());

                assertThat(statuses).as(first.get().body() + second.get().body()).containsExactlyInAnyOrder(201, 409);
                HttpResponse<String> refused = first.get().statusCode() == 409 ? first.get() : second.get();
                assertThat(refused.body()).contains("account number").doesNotContain("SQL", "INSERT", "constraint");
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void names_and_addresses_longer_than_their_837p_elements_are_refused_naming_each_field() throws Exception {
        ObjectNode patient = patient("LONG-1").put("firstName", "A".repeat(36)).put("lastName", "B".repeat(61));
        ((ObjectNode) patient.get("address")).put("line1", "C".repeat(56)).put("city", "D".repeat(31));
        ObjectNode fits = patient("LONG-2").put("firstName", "A".repeat(35)).put("lastName", "B".repeat(60));
        ((ObjectNode) fits.get("address")).put("line1", "C".repeat(55)).put("city", "D".repeat(30));

        HttpResponse<String> refused = workspace.send("biller", "POST", "/api/v1/patients", patient.toString());
        HttpResponse<String> saved = workspace.send("biller", "POST", "/api/v1/patients", fits.toString());

        assertThat(fields(refused)).containsExactlyInAnyOrder("$.firstName", "$.lastName", "$.address.line1", "$.address.city");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
    }

    @Test
    void a_referral_with_over_long_names_or_number_is_refused_naming_each_field() throws Exception {
        long patient = created(workspace.send("biller", "POST", "/api/v1/patients", patient("LONG-3").toString()))
                .get("id").asLong();
        String referral = """
                {"referrer": {"firstName": "%s", "lastName": "%s", "npi": "1564738296"}, "referralNumber": "%s",
                 "validFrom": "2026-07-01", "validThrough": "2026-12-31", "visitsAuthorized": 12}"""
                .formatted("R".repeat(36), "A".repeat(61), "N".repeat(51));

        HttpResponse<String> refused = workspace.send("biller", "POST", "/api/v1/patients/" + patient + "/referrals", referral);

        assertThat(fields(refused)).containsExactlyInAnyOrder("$.referrer.firstName", "$.referrer.lastName", "$.referralNumber");
    }

    @Test
    void a_name_in_another_script_is_refused_at_entry_and_an_accented_one_goes_on_the_837_folded() throws Exception {
        ObjectNode chinese = patient("CJK-1").put("firstName", "小明").put("lastName", "王");
        ObjectNode emoji = patient("CJK-2").put("lastName", "Quinn 🙂");
        ObjectNode accented = patient("ACCENT-1").put("firstName", "José").put("lastName", "Núñez-O’Brien");

        HttpResponse<String> refused = workspace.send("biller", "POST", "/api/v1/patients", chinese.toString());
        JsonNode claim = readyClaim(accented);
        HttpResponse<byte[]> x12 = workspace.download("biller", "/api/v1/claims/" + claim.get("id").asLong() + "/837");

        assertThat(fields(refused)).containsExactlyInAnyOrder("$.firstName", "$.lastName");
        assertThat(json(refused).at("/errors/0/detail").asText()).contains("Latin letters");
        assertThat(fields(workspace.send("biller", "POST", "/api/v1/patients", emoji.toString()))).containsExactly("$.lastName");
        assertThat(x12.statusCode()).isEqualTo(200);
        assertThat(new String(x12.body(), StandardCharsets.UTF_8)).contains("NM1*IL*1*NUNEZ-O BRIEN*JOSE*");
    }

    @Test
    void an_amount_of_twenty_digits_is_refused_naming_the_field() throws Exception {
        long patient = created(workspace.send("biller", "POST", "/api/v1/patients", patient("BIG-1").toString()))
                .get("id").asLong();

        HttpResponse<String> refused = workspace.send("biller", "POST", "/api/v1/patients/" + patient + "/payments",
                "{\"receivedOn\": \"2026-11-23\", \"amount\": \"99999999999999999999.99\", \"method\": \"cash\"}");

        assertThat(fields(refused)).containsExactly("$.amount");
    }

    // ---- routes and bodies

    private List<Route> routes() throws Exception {
        JsonNode patient = created(workspace.send("biller", "POST", "/api/v1/patients", patient("FUZZ-BASE").toString()));
        long patientId = patient.get("id").asLong();
        JsonNode claim = readyClaim();
        long claimId = claim.get("id").asLong();
        long visitId = claim.get("visitId").asLong();
        JsonNode visit = ok(workspace.send("biller", "GET", "/api/v1/visits/" + visitId, null));
        JsonNode provider = ok(workspace.send("admin", "GET", "/api/v1/providers", null)).get("items").get(0);
        JsonNode payer = ok(workspace.send("admin", "GET", "/api/v1/payers", null)).get("items").get(0);
        String referral = """
                {"referrer": {"firstName": "Ruth", "lastName": "Adams", "npi": "1564738296"}, "referralNumber": "R-77",
                 "validFrom": "2026-07-01", "validThrough": "2026-12-31", "visitsAuthorized": 12, "visitsUsed": 1}""";
        String newProvider = """
                {"firstName": "Tam", "lastName": "Reyes", "type": "PT", "npi": "1333321119", "taxonomy": "225100000X",
                 "credential": "PT", "license": "PT-1234"}""";
        String newPayer = "{\"id\": \"cigna\", \"name\": \"Cigna\", \"payerId\": \"62308\", \"pack\": \"commercial\"}";
        int version = claim.get("version").asInt();
        return List.of(
                new Route("POST", "/api/v1/patients", "biller", patient("FUZZ-NEW")),
                new Route("PUT", "/api/v1/patients/" + patientId, "biller", patient),
                new Route("POST", "/api/v1/patients/" + patientId + "/referrals", "biller", Mutations.parse(referral)),
                new Route("POST", "/api/v1/patients/" + patientId + "/visits", "biller", visitBody()),
                new Route("PUT", "/api/v1/visits/" + visitId, "biller", visit),
                new Route("POST", "/api/v1/patients/" + patientId + "/payments", "biller", Mutations.parse(
                        "{\"receivedOn\": \"2026-11-23\", \"amount\": \"25.00\", \"method\": \"card\", \"reference\": \"visa 4242\"}")),
                new Route("POST", "/api/v1/patients/" + patientId + "/payments/1/void", "biller", Mutations.parse(
                        "{\"reason\": \"entered twice\"}")),
                new Route("POST", "/api/v1/patients/" + patientId + "/payments/1/refunds", "biller", Mutations.parse(
                        "{\"refundedOn\": \"2026-11-23\", \"amount\": \"1.00\", \"method\": \"card\", \"reason\": \"overpaid\"}")),
                new Route("POST", "/api/v1/claims", "biller", Mutations.parse("{\"visitId\": " + visitId + "}")),
                new Route("POST", "/api/v1/claims/" + claimId + "/status", "biller", Mutations.parse(
                        "{\"status\": \"ready\", \"version\": " + version + ", \"note\": \"checked\"}")),
                new Route("POST", "/api/v1/claims/" + claimId + "/rescrub", "biller", Mutations.parse("{\"version\": " + version + "}")),
                new Route("POST", "/api/v1/claims/" + claimId + "/corrections", "biller", Mutations.parse(
                        "{\"kind\": \"replacement\", \"reason\": \"wrong units\", \"version\": " + version + "}")),
                new Route("POST", "/api/v1/claims/" + claimId + "/payments", "biller", Mutations.parse(
                        "{\"claimPaymentId\": 1, \"overrideReason\": \"the payer typed it wrong\"}")),
                new Route("POST", "/api/v1/submissions", "biller", Mutations.parse("{\"claims\": [" + claimId + "]}")),
                new Route("POST", "/api/v1/remittances/payments/1/reversal", "biller", Mutations.parse("{\"reason\": \"posted twice\"}")),
                new Route("POST", "/api/v1/scrub", "biller", Mutations.parse(example("chiro-98941-with-manual-therapy-to-shoulder.json"))),
                new Route("PUT", "/api/v1/practice", "admin", ok(workspace.send("admin", "GET", "/api/v1/practice", null))),
                new Route("PUT", "/api/v1/fee-schedule", "admin", ok(workspace.send("admin", "GET", "/api/v1/fee-schedule", null))),
                new Route("POST", "/api/v1/providers", "admin", Mutations.parse(newProvider)),
                new Route("PUT", "/api/v1/providers/" + provider.get("id").asLong(), "admin", provider),
                new Route("POST", "/api/v1/payers", "admin", Mutations.parse(newPayer)),
                new Route("PUT", "/api/v1/payers/" + payer.get("id").asText(), "admin", payer));
    }

    /** Every stored claim's 837P and CMS-1500, whatever odd values the fuzzing left in the workspace. */
    private int renderEveryClaim(List<String> failures) throws Exception {
        int rendered = 0;
        for (int page = 1; ; page++) {
            JsonNode items = ok(workspace.send("biller", "GET", "/api/v1/claims?limit=100&offset=" + (page - 1) * 100, null)).get("items");
            if (items == null || items.isEmpty()) {
                return rendered;
            }
            for (JsonNode claim : items) {
                for (String document : List.of("/837", "/cms1500.pdf", "/cms1500.pdf?form=red")) {
                    String path = "/api/v1/claims/" + claim.get("id").asLong() + document;
                    HttpResponse<byte[]> response = workspace.download("biller", path);
                    if (response.statusCode() >= 500) {
                        failures.add("GET " + path + " " + response.statusCode() + " -> "
                                + new String(response.body(), StandardCharsets.UTF_8));
                    }
                }
                rendered++;
            }
        }
    }

    private JsonNode readyClaim() throws Exception {
        return readyClaim(patient("FUZZ-" + System.nanoTime() % 1_000_000));
    }

    private JsonNode readyClaim(ObjectNode patientBody) throws Exception {
        long patient = created(workspace.send("biller", "POST", "/api/v1/patients", patientBody.toString())).get("id").asLong();
        created(workspace.send("biller", "POST", "/api/v1/patients/" + patient + "/referrals", """
                {"referrer": {"firstName": "Ruth", "lastName": "Adams", "npi": "1564738296"},
                 "validFrom": "2026-07-01", "validThrough": "2026-12-31", "visitsAuthorized": 12}"""));
        long visit = created(workspace.send("biller", "POST", "/api/v1/patients/" + patient + "/visits",
                visitBody().toString())).get("id").asLong();
        return created(workspace.send("biller", "POST", "/api/v1/claims", "{\"visitId\": " + visit + "}"));
    }

    private static ObjectNode visitBody() throws Exception {
        ObjectNode visit = (ObjectNode) Mutations.parse(example("chiro-98941-with-manual-therapy-to-shoulder.json"));
        visit.remove("patient");
        return visit;
    }

    private static ObjectNode patient(String account) throws Exception {
        long dana = StreamSupport.stream(ok(workspace.send("admin", "GET", "/api/v1/providers", null)).get("items")
                        .spliterator(), false)
                .filter(provider -> provider.get("npi").asText().equals("1000000004")).findFirst().orElseThrow()
                .get("id").asLong();
        return (ObjectNode) Mutations.parse("""
                {"firstName": "Ada", "lastName": "Quinn", "birthDate": "1980-02-29", "sex": "F",
                 "address": {"line1": "10 SE Main St", "city": "Portland", "state": "OR", "zip": "97214"},
                 "accountNumber": "%s", "payer": "commercial",
                 "insurance": {"memberId": "XQ1234567", "groupNumber": "G-1", "relationship": "self"},
                 "therapist": {"id": %d}, "confirmDuplicate": true}""".formatted(account, dana));
    }

    // ---- plumbing

    private static HttpResponse<String> send(String user, String method, String path, byte[] body, String type)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(workspace.url(path)))
                .header("Authorization", "Bearer " + workspace.tokenOf(user)).header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode ok(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode created(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
        return JSON.readTree(response.body());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    /** The fields a 422 names, in order. */
    private static List<String> fields(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        json(response).get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    private static String example(String name) throws Exception {
        return Files.readString(Path.of("..", "examples", name));
    }

    private static String fixture(String name) throws Exception {
        try (InputStream in = InputFuzzTest.class.getResourceAsStream("/dev/cleanclaim/x12/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String preview(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 300 ? text.substring(0, 300) + "...(" + body.length + " bytes)" : text;
    }
}

package dev.cleanclaim.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.testing.TestWorkspace;
import dev.cleanclaim.store.AuditEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HIPAA audit controls, route by route: every API route that reads or writes patient data leaves an audit row naming
 * the user, the action and the record (a list, a row for each record it showed). Every route of {@link ApiServer#ROUTES}
 * is either walked here or named as exempt with the reason, so a new route cannot go unclassified.
 */
class AuditPerRouteTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER = "biller";

    /** Routes that touch no patient record, and why; everything else in ROUTES must be walked below. */
    static final Map<String, String> EXEMPT = Map.ofEntries(
            Map.entry("GET /api/v1/health", "the server's state, no data"),
            Map.entry("GET /api/v1/openapi.json", "the API's description, no data"),
            Map.entry("POST /api/v1/scrub", "scrubs the visit in the body and keeps nothing: no stored record is read or written"),
            Map.entry("POST /api/v1/tokens", "the caller's own credential; sign-ins and token issues are security events of their own"),
            Map.entry("GET /api/v1/tokens", "the caller's own token labels"),
            Map.entry("DELETE /api/v1/tokens/{id}", "the caller's own credential"),
            Map.entry("POST /api/v1/account/password", "the caller's own credential, audited as a security event"),
            Map.entry("POST /api/v1/account/sessions/revocation", "the caller's own sessions, audited as a security event"),
            Map.entry("POST /api/v1/users/{id}/reset-code", "a staff account, audited as a security event"),
            Map.entry("POST /api/v1/password-reset", "a staff account, audited as a security event"),
            Map.entry("GET /api/v1/account/two-factor", "the caller's own second factor: whether it is set up"),
            Map.entry("POST /api/v1/account/two-factor", "the caller's own second factor, not on until confirmed"),
            Map.entry("POST /api/v1/account/two-factor/confirmation", "the caller's own credential, audited as a security event"),
            Map.entry("POST /api/v1/account/two-factor/recovery-codes", "the caller's own credential, audited as a security event"),
            Map.entry("POST /api/v1/account/two-factor/removal", "the caller's own credential, audited as a security event"),
            Map.entry("DELETE /api/v1/users/{id}/two-factor", "a staff account, audited as a security event"),
            Map.entry("GET /api/v1/practice", "the practice's own facts, no patient's"),
            Map.entry("PUT /api/v1/practice", "the practice's own facts (each change audited as practice data)"),
            Map.entry("GET /api/v1/fee-schedule", "the practice's prices"),
            Map.entry("PUT /api/v1/fee-schedule", "the practice's prices (each change audited as practice data)"),
            Map.entry("GET /api/v1/providers", "the practice's providers, not patients"),
            Map.entry("POST /api/v1/providers", "the practice's providers (audited as practice data)"),
            Map.entry("PUT /api/v1/providers/{id}", "the practice's providers (audited as practice data)"),
            Map.entry("GET /api/v1/payers", "the payer directory"),
            Map.entry("POST /api/v1/payers", "the payer directory (audited as practice data)"),
            Map.entry("PUT /api/v1/payers/{id}", "the payer directory (audited as practice data)"),
            Map.entry("GET /api/v1/payers/starter", "the starter list of real payers, shipped data"));

    /**
     * Writes of patient data that this walk does not reach yet, each needing a claim in a state a file moves it to
     * (rejected, accepted, paid) or an 835/999 body; each writes its audit row in its own transaction (see
     * Remittances, Acknowledgments, Claims). Listed, not exempt: they are to be walked here next.
     */
    static final Map<String, String> NOT_YET_WALKED = Map.ofEntries(
            Map.entry("POST /api/v1/claims/{id}/rescrub", "needs a rejected claim"),
            Map.entry("POST /api/v1/claims/{id}/corrections", "needs an accepted or paid claim"),
            Map.entry("POST /api/v1/claims/{id}/payments", "needs a queued 835 payment"),
            Map.entry("POST /api/v1/acknowledgments", "needs a 999 or 277CA body"),
            Map.entry("POST /api/v1/remittances", "needs an 835 body"),
            Map.entry("POST /api/v1/remittances/queue/retry", "needs a queued 835 payment"),
            Map.entry("POST /api/v1/remittances/payments/{id}/reversal", "needs a posted 835 payment"));

    private static TestWorkspace workspace;
    private final Set<String> walked = new HashSet<>();
    /** Who walks: the biller for patient data, the admin for the audit log. */
    private String user = USER;

    @BeforeAll
    static void start() {
        workspace = TestWorkspace.onH2();
    }

    @AfterAll
    static void stop() {
        workspace.close();
    }

    @Test
    void every_route_is_either_walked_for_its_audit_rows_or_named_exempt_with_a_reason() throws Exception {
        walkEveryPatientDataRoute();

        Set<String> classified = new HashSet<>(walked);
        classified.addAll(EXEMPT.keySet());
        classified.addAll(NOT_YET_WALKED.keySet());
        assertThat(walked).as("a route is walked or exempt, never both").doesNotContainAnyElementsOf(EXEMPT.keySet());
        assertThat(classified).as("every route of the server is classified: walk a new one here or exempt it with a reason")
                .containsExactlyInAnyOrderElementsOf(ApiServer.ROUTES);
    }

    private void walkEveryPatientDataRoute() throws Exception {
        // patients
        JsonNode patient = created(call("POST /api/v1/patients", "/api/v1/patients", newPatient()), "create", "patient");
        long patientId = patient.get("id").asLong();
        JsonNode read = read("GET /api/v1/patients/{id}", "/api/v1/patients/" + patientId, "read", "patient", patientId);
        ObjectNode changed = ((ObjectNode) read.deepCopy()).put("firstName", "Ida");
        audited(call("PUT /api/v1/patients/{id}", "/api/v1/patients/" + patientId, changed.toString()), "update", "patient", patientId);
        read("GET /api/v1/patients/{id}/history", "/api/v1/patients/" + patientId + "/history", "read", "patient-history", patientId);
        listed("GET /api/v1/patients", "/api/v1/patients", "patient");
        read("GET /api/v1/patients/{id}/account", "/api/v1/patients/" + patientId + "/account", "read", "patient-account", patientId);
        JsonNode payment = created(call("POST /api/v1/patients/{id}/payments", "/api/v1/patients/" + patientId + "/payments",
                "{\"receivedOn\": \"2026-11-23\", \"amount\": \"25.00\", \"method\": \"card\"}"), "create", "patient-payment");

        // referrals
        created(call("POST /api/v1/patients/{id}/referrals", "/api/v1/patients/" + patientId + "/referrals", """
                {"referrer": {"firstName": "Ruth", "lastName": "Adams", "npi": "1564738296"}, "referralNumber": "R-77",
                 "validFrom": "2026-07-01", "validThrough": "2026-12-31", "visitsAuthorized": 12}"""), "create", "referral");
        ofPatient("GET /api/v1/patients/{id}/referrals", "/api/v1/patients/" + patientId + "/referrals", "referral", patientId);

        // visits
        JsonNode visit = created(call("POST /api/v1/patients/{id}/visits", "/api/v1/patients/" + patientId + "/visits",
                visitOf("chiro-98941-with-manual-therapy-to-shoulder.json")), "create", "visit");
        long visitId = visit.get("id").asLong();
        ofPatient("GET /api/v1/patients/{id}/visits", "/api/v1/patients/" + patientId + "/visits", "visit", patientId);
        JsonNode visitRead = read("GET /api/v1/visits/{id}", "/api/v1/visits/" + visitId, "read", "visit", visitId);
        ObjectNode visitChange = ((ObjectNode) visitRead.get("visit").deepCopy()).put("version", visitRead.path("version").asInt(0));
        audited(call("PUT /api/v1/visits/{id}", "/api/v1/visits/" + visitId, visitChange.toString()), "update", "visit", visitId);
        read("GET /api/v1/visits/{id}/history", "/api/v1/visits/" + visitId + "/history", "read", "visit-history", visitId);

        // claims and their documents
        JsonNode claim = created(call("POST /api/v1/claims", "/api/v1/claims", "{\"visitId\": " + visitId + "}"), "create", "claim");
        long claimId = claim.get("id").asLong();
        listed("GET /api/v1/claims", "/api/v1/claims", "claim");
        read("GET /api/v1/claims/{id}", "/api/v1/claims/" + claimId, null, "claim", claimId);
        for (String document : List.of("837", "cms1500.pdf", "superbill.pdf")) {
            audited(call("GET /api/v1/claims/{id}/" + document, "/api/v1/claims/" + claimId + "/" + document, null), null, "claim", claimId);
        }
        read("GET /api/v1/claims/{id}/payments", "/api/v1/claims/" + claimId + "/payments", null, "claim", claimId);
        int version = json(send("GET", "/api/v1/claims/" + claimId, null)).get("version").asInt();
        audited(call("POST /api/v1/claims/{id}/status", "/api/v1/claims/" + claimId + "/status",
                "{\"status\": \"submitted\", \"version\": " + version + ", \"note\": \"sent by hand\"}"), null, "claim", claimId);

        // sending, answers and money
        JsonNode sent = created(call("POST /api/v1/submissions", "/api/v1/submissions", "{}"), null, "submission");
        listed("GET /api/v1/submissions", "/api/v1/submissions", "submission");
        long submissionId = sent.at("/submissions/0/id").asLong(json(send("GET", "/api/v1/submissions", null)).at("/items/0/id").asLong());
        read("GET /api/v1/submissions/{id}", "/api/v1/submissions/" + submissionId, null, "submission", submissionId);
        audited(call("GET /api/v1/submissions/{id}/837", "/api/v1/submissions/" + submissionId + "/837", null), null, "submission",
                submissionId);
        listed("GET /api/v1/remittances", "/api/v1/remittances", "remittance");
        long remittanceId = json(send("GET", "/api/v1/remittances", null)).at("/items/0/id").asLong();
        read("GET /api/v1/remittances/{id}", "/api/v1/remittances/" + remittanceId, null, "remittance", remittanceId);
        listed("GET /api/v1/remittances/queue", "/api/v1/remittances/queue", null);
        listed("GET /api/v1/remittances/denials", "/api/v1/remittances/denials", null);

        // the audit log itself, an admin's to read: each look at it is in it, with the filter asked
        user = "admin";
        audited(call("GET /api/v1/audit", "/api/v1/audit?entity=patient&entityId=" + patientId, null), "list", "audit_log", null);
        audited(call("GET /api/v1/audit/export.csv", "/api/v1/audit/export.csv?user=biller", null), "export", "audit_log", null);
        audited(call("GET /api/v1/audit/verification", "/api/v1/audit/verification", null), "verify", "audit_log", null);
    }

    // ---- walking

    /** A call's answer, checked to be a success; the route is marked walked. */
    private HttpResponse<String> call(String route, String path, String body) throws Exception {
        walked.add(route.replaceAll("/claims/\\{id}/(837|cms1500\\.pdf|superbill\\.pdf)$", "/claims/{id}/$1"));
        String method = route.substring(0, route.indexOf(' '));
        marks.put(route, lastAuditRow());
        HttpResponse<String> response = send(method, path, body);
        assertThat(response.statusCode()).as(route + " " + path + ": " + response.body()).isBetween(200, 299);
        current = route;
        return response;
    }

    private final Map<String, Long> marks = new LinkedHashMap<>();
    private String current;

    private JsonNode read(String route, String path, String action, String entity, long id) throws Exception {
        HttpResponse<String> response = call(route, path, null);
        audited(response, action, entity, id);
        return json(response);
    }

    private JsonNode created(HttpResponse<String> response, String action, String entity) throws Exception {
        JsonNode body = json(response);
        long id = body.path("id").asLong(0);
        audited(response, action, entity, id == 0 ? null : id);
        return body;
    }

    /**
     * One patient's referrals or visits: a row naming that patient's record (its id) or a row per record shown. Either
     * answers "who saw this patient's ...".
     */
    private void ofPatient(String route, String path, String entity, long patientId) throws Exception {
        JsonNode items = json(call(route, path, null)).path("items");
        List<String> shown = new ArrayList<>();
        items.forEach(item -> shown.add(item.path("id").asText()));
        List<Row> rows = rowsSince(marks.get(current));
        List<String> named = rows.stream().filter(row -> row.entity().equals(entity)).map(Row::entityId).toList();
        assertThat(named.contains(String.valueOf(patientId)) || named.containsAll(shown))
                .as(current + ": rows " + rows + " name patient " + patientId + " or each " + entity + " of " + shown).isTrue();
    }

    /** A row per record the list showed. */
    private void listed(String route, String path, String entity) throws Exception {
        JsonNode items = json(call(route, path, null)).path("items");
        List<String> shown = new ArrayList<>();
        items.forEach(item -> shown.add(item.path("id").asText(item.path("entryId").asText())));
        List<Row> rows = rowsSince(marks.get(current));
        assertThat(rows).as(current + " leaves audit rows").isNotEmpty();
        if (entity != null) {
            assertThat(rows.stream().filter(row -> row.entity().equals(entity)).map(Row::entityId).toList())
                    .as(current + ": a row for each " + entity + " shown").containsAll(shown);
        }
    }

    private void audited(HttpResponse<String> response, String action, String entity, Long id) {
        List<Row> rows = rowsSince(marks.get(current));
        assertThat(rows).as(current + " leaves an audit row naming " + user).isNotEmpty()
                .anySatisfy(row -> {
                    if (action != null) {
                        assertThat(row.action()).isEqualTo(action);
                    }
                    if (entity != null) {
                        assertThat(row.entity()).isEqualTo(entity);
                    }
                    if (id != null) {
                        assertThat(row.entityId()).isEqualTo(String.valueOf(id));
                    }
                });
    }

    // ---- the audit log as stored

    private record Row(String action, String entity, String entityId) {
    }

    private static long lastAuditRow() {
        return workspace.app().database().audit().recent(1).stream().mapToLong(AuditEntry::id).max().orElse(0);
    }

    private List<Row> rowsSince(long mark) {
        return workspace.app().database().audit().recent(5_000).stream()
                .filter(entry -> entry.id() > mark && entry.user().equals(user))
                .map(entry -> new Row(entry.action(), entry.entity(), entry.entityId().orElse("null"))).toList();
    }

    // ---- requests

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return workspace.send(user, method, path, body);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        String body = response.body();
        return body == null || body.isBlank() || !body.trim().startsWith("{") ? JSON.createObjectNode() : JSON.readTree(body);
    }

    private static String newPatient() throws Exception {
        long dana = 0;
        for (JsonNode provider : json(workspace.send("admin", "GET", "/api/v1/providers", null)).get("items")) {
            if (provider.get("npi").asText().equals("1000000004")) {
                dana = provider.get("id").asLong();
            }
        }
        return """
                {"firstName": "Ada", "lastName": "Quinn", "birthDate": "1980-02-29", "sex": "F",
                 "address": {"line1": "10 SE Main St", "city": "Portland", "state": "OR", "zip": "97214"},
                 "accountNumber": "AUDIT-1", "payer": "commercial",
                 "insurance": {"memberId": "XQ1234567", "groupNumber": "G-1", "relationship": "self"},
                 "therapist": {"id": %d}}""".formatted(dana);
    }

    private static String visitOf(String example) throws Exception {
        ObjectNode visit = (ObjectNode) JSON.readTree(Files.readString(Path.of("..", "examples", example)));
        visit.remove("patient");
        return visit.toString();
    }
}
